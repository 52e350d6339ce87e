/**
 * The language server of the browser build (bundled as dist/server-web.js, a classic
 * worker script with no Node built-ins): the .smart language server of
 * @smart-plan/language/browser on the worker's message port, reading every file through
 * the editor (ClientFileSystemProvider), behind the same gate on what a client sends as
 * the Node server (message-guard.ts). What escapes a request is logged, never fatal.
 */
// First: Object.groupBy where the browser lacks it (chevrotain, under Langium, calls it).
import '@smart-plan/language/polyfill';
import { ClientFileSystemProvider, serveSmartLanguage, smartConnectionOptions } from '@smart-plan/language/browser';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';

/** The worker's own global scope; its message API is a Worker's, seen from inside. */
const scope = self as unknown as Worker & { addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void };

const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope), smartConnectionOptions());
const server = serveSmartLanguage(connection, () => new ClientFileSystemProvider(connection));
scope.addEventListener('unhandledrejection', event => server.logFailure('unhandled rejection')(event.reason));
scope.addEventListener('error', event => server.logFailure('uncaught exception')(event.error ?? event.message));

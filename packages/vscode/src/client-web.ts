/**
 * The language client of the browser build: starts the bundled language server
 * (dist/server-web.js, a classic script) in a web worker, which reads every file through
 * the workbench (workspace-files.ts). Two quirks of browser workbenches are handled here:
 * - where the extension is served over http(s) (vscode.dev, github.dev) the worker starts
 *   from its URL; where it is installed on a server (code-server: a `vscode-remote:` URI)
 *   the workbench refuses that, so the script is read with `vscode.workspace.fs` and the
 *   worker starts from a `blob:` URL of it;
 * - the server options answer the message transports, not the Worker: the client checks
 *   `instanceof Worker`, which a workbench that wraps `Worker` makes fail.
 * The browser client does not end its worker when it stops: the previous one is ended
 * when a restart starts the next, and the last one when the extension is deactivated.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { LANGUAGE_CLIENT_NAME, LANGUAGE_ID, languageClientOptions } from './client-options.js';

const WORKER_NAME = 'SMART language server';

export function createWebLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-web.js');
    let worker: Worker | undefined;
    const serverOptions = async (): Promise<MessageTransports> => {
        worker?.terminate();
        worker = await startWorker(script);
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    const client = new LanguageClient(LANGUAGE_ID, LANGUAGE_CLIENT_NAME, serverOptions, languageClientOptions(context));
    context.subscriptions.push({ dispose: () => worker?.terminate() });
    return client;
}

async function startWorker(script: vscode.Uri): Promise<Worker> {
    try {
        return new Worker(script.toString(true), { name: WORKER_NAME });
    } catch {
        // "Creating workers from remote extensions is currently not supported."
        const bytes = await vscode.workspace.fs.readFile(script);
        const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/javascript' }));
        return new Worker(url, { name: WORKER_NAME });
    }
}

/**
 * The language server process the extension starts (bundled as dist/server.cjs): the
 * .smart language server of @smart-plan/language on a Node IPC connection.
 */
// First: Object.groupBy for Node 20 (chevrotain, under Langium, calls it).
import '@smart-plan/language/polyfill';
import { smartConnectionOptions, startSmartLanguageServer } from '@smart-plan/language';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

startSmartLanguageServer(createConnection(ProposedFeatures.all, smartConnectionOptions()));

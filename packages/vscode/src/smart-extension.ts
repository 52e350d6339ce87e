/**
 * The SMART extension, whichever host runs it: starts the language client it is given
 * (client-node.ts on the desktop, client-web.ts in a browser), answers the server's file
 * requests (workspace-files.ts), and wires the plan tracker, the preview panel, the status
 * bar item, the SMART Goals view and the commands to it; the host's entry adds what only
 * it has (the desktop: the language-model tools, which resolve paths on the disk).
 * Nothing in a plan is executed, so it runs in untrusted workspaces.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { restartLanguageClient } from './client-options.js';
import { registerCommands } from './commands.js';
import { exportReport, printReport } from './export-report.js';
import { GoalsView } from './goals-view.js';
import { PlanViewTracker } from './plan-view-tracker.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview-panel.js';
import { PlanStatusBar } from './status-bar.js';
import { answerFileRequests } from './workspace-files.js';

let client: BaseLanguageClient | undefined;

/** What a host's entry adds to the extension, given its language client. */
export type HostFeatures = (client: () => BaseLanguageClient) => vscode.Disposable[];

export function activateSmart(context: vscode.ExtensionContext, createClient: (context: vscode.ExtensionContext) => BaseLanguageClient, hostFeatures: HostFeatures = () => []): void {
    const log = vscode.window.createOutputChannel('SMART', { log: true });
    const languageClient = createClient(context);
    client = languageClient;
    context.subscriptions.push(...answerFileRequests(languageClient));
    const tracker = new PlanViewTracker(() => languageClient, log);
    const preview = new PreviewPanel(context.extensionUri, tracker, {
        exportReport: document => exportReport(languageClient, document),
        printReport: document => printReport(languageClient, document, context.globalStorageUri)
    }, log);
    const statusBar = new PlanStatusBar(tracker);
    const goalsView = new GoalsView(() => languageClient, log);
    context.subscriptions.push(log, tracker, preview, statusBar, goalsView, ...registerCommands({
        client: () => languageClient,
        restartClient: () => restartLanguageClient(languageClient),
        tracker,
        preview
    }), vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async panel => preview.restore(panel)
    }));
    for (const feature of hostFeatures(() => languageClient)) {
        context.subscriptions.push(feature);
    }
    // Not awaited: commands work while the server starts (requests wait for it).
    languageClient.start().then(() => {
        void tracker.refresh();
        goalsView.refreshSoon();
    }, (error: unknown) => {
        log.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
}

export async function deactivateSmart(): Promise<void> {
    const running = client;
    client = undefined;
    if (running?.needsStop()) {
        await running.stop();
    }
}

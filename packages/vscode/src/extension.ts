/**
 * The SMART extension's entry point (bundled as dist/extension.cjs): starts the language
 * client, and wires the plan tracker, the preview panel, the status bar item, the
 * commands and the language-model tools together. Nothing in a plan is executed, so it runs in untrusted workspaces.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client.js';
import { registerCommands } from './commands.js';
import { exportReport, printReport } from './export-report.js';
import { PlanViewTracker } from './plan-view-tracker.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview-panel.js';
import { GoalsView } from './goals-view.js';
import { registerLanguageModelTools } from './lm-tools.js';
import { PlanStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
    const log = vscode.window.createOutputChannel('SMART', { log: true });
    const languageClient = createLanguageClient(context);
    client = languageClient;
    const tracker = new PlanViewTracker(() => languageClient, log);
    const preview = new PreviewPanel(context.extensionUri, tracker, {
        exportReport: document => exportReport(languageClient, document),
        printReport: document => printReport(languageClient, document)
    }, log);
    const statusBar = new PlanStatusBar(tracker);
    const goalsView = new GoalsView(() => languageClient, log);
    context.subscriptions.push(log, tracker, preview, statusBar, goalsView, ...registerCommands({
        client: () => languageClient,
        restartClient: () => languageClient.restart(),
        tracker,
        preview
    }), vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async panel => preview.restore(panel)
    }), ...registerLanguageModelTools(() => languageClient));
    // Not awaited: commands work while the server starts (requests wait for it).
    languageClient.start().then(() => {
        void tracker.refresh();
        goalsView.refreshSoon();
    }, (error: unknown) => {
        log.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    if (running?.needsStop()) {
        await running.stop();
    }
}

/**
 * The SMART commands of the palette, the editor title bar and the explorer: open the
 * preview (here or to the side), new plan, record a check-in, export report, add the CI
 * workflow, get started (the walkthrough), restart the language server; the one a goal's
 * code lens runs: open the preview at that goal; and the one every quick fix runs once
 * applied, which only completes the walkthrough's quick-fix step.
 * Commands that work on a plan take an optional resource URI (the explorer and the title
 * bar pass one); without it they use the active plan.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SHOW_IN_PREVIEW_COMMAND } from '@smart-plan/language/protocol';
import { addCiWorkflow } from './ci-workflow.js';
import { isPlanDocument, QUICK_FIX_APPLIED_COMMAND } from './client-options.js';
import { exportReport } from './export-report.js';
import { newPlan } from './new-plan.js';
import { recordCheckin } from './record-checkin.js';
import type { PlanViewTracker } from './plan-view-tracker.js';
import type { PreviewPanel } from './preview-panel.js';

/** The walkthrough of contributes.walkthroughs, as `workbench.action.openWalkthrough` names it. */
export const WALKTHROUGH_ID = 'smart-plan.smart-plan-vscode#smart.gettingStarted';

export interface CommandContext {
    client(): BaseLanguageClient;
    restartClient(): Promise<void>;
    tracker: PlanViewTracker;
    preview: PreviewPanel;
}

export function registerCommands(context: CommandContext): vscode.Disposable[] {
    const { tracker, preview } = context;
    return [
        vscode.commands.registerCommand('smart.openPreview', async (resource?: unknown) => {
            const document = await planDocument(resource, tracker);
            if (document) {
                const column = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
                preview.show(document, column, false);
            }
        }),
        vscode.commands.registerCommand('smart.openPreviewToSide', async (resource?: unknown) => {
            const document = await planDocument(resource, tracker);
            if (document) {
                preview.show(document, vscode.ViewColumn.Beside, true);
            }
        }),
        vscode.commands.registerCommand(SHOW_IN_PREVIEW_COMMAND, async (uri?: unknown, line?: unknown) => {
            const resource = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
            const document = await planDocument(resource, tracker);
            if (document) {
                preview.show(document, vscode.ViewColumn.Beside, true, typeof line === 'number' && Number.isInteger(line) && line >= 0 ? line : undefined);
            }
        }),
        vscode.commands.registerCommand('smart.newPlan', (target?: unknown) => newPlan(target instanceof vscode.Uri ? target : undefined)),
        vscode.commands.registerCommand('smart.exportReport', async (resource?: unknown, target?: unknown) => {
            const document = await planDocument(resource, tracker);
            return document && exportReport(context.client(), document, target instanceof vscode.Uri ? target : undefined);
        }),
        vscode.commands.registerCommand('smart.recordCheckin', async (resource?: unknown) => {
            const document = await planDocument(resource, tracker);
            return document && recordCheckin(context.client(), document);
        }),
        vscode.commands.registerCommand('smart.addCiWorkflow', () => addCiWorkflow()),
        vscode.commands.registerCommand('smart.getStarted', () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false)),
        vscode.commands.registerCommand(QUICK_FIX_APPLIED_COMMAND, () => undefined),
        vscode.commands.registerCommand('smart.restartServer', async () => {
            await context.restartClient();
            void tracker.refresh();
        })
    ];
}

/** The plan a command works on: the given resource, else the active plan editor, else the followed plan. */
async function planDocument(resource: unknown, tracker: PlanViewTracker): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) {
        const document = await vscode.workspace.openTextDocument(resource);
        if (isPlanDocument(document)) {
            return document;
        }
    }
    const active = vscode.window.activeTextEditor?.document;
    const document = isPlanDocument(active) ? active : tracker.document;
    if (!document || document.isClosed) {
        void vscode.window.showInformationMessage('SMART: open a .smart plan first.');
        return undefined;
    }
    return document;
}

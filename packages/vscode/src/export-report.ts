/**
 * SMART: Export Report (HTML): asks the server for the plan's view model and writes the
 * HTML report of @smart-plan/preview (the same renderer as `smart report --format html`)
 * to a file the user picks. Print (the preview's button): VS Code's webviews cannot print
 * (their sandbox blocks the print dialog), so on the desktop the report is written to the
 * extension's storage folder and opened in the system's browser, laid out for print; in a
 * browser workbench, whose extension host cannot open a file in the user's browser, the
 * report is exported instead, to be opened and printed. Files are written with
 * `vscode.workspace.fs`, so this works in the browser build too.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PlanView } from '@smart-plan/language/protocol';
import { renderReportHtml } from '@smart-plan/preview';
import { requestPlanView } from './plan-view-request.js';

/** Writes the report of `document`; `target` skips the save dialog (for automation). */
export async function exportReport(client: BaseLanguageClient, document: vscode.TextDocument, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const view = await requestPlanView(client, document);
    if (!view) {
        void vscode.window.showWarningMessage(`SMART: ${vscode.workspace.asRelativePath(document.uri)} has no plan to report on.`);
        return undefined;
    }
    const file = target ?? await vscode.window.showSaveDialog({
        title: 'SMART: Export Report (HTML)',
        saveLabel: 'Export',
        defaultUri: defaultReportUri(document),
        filters: { 'HTML report': ['html'] }
    });
    if (!file) {
        return undefined;
    }
    await writeReport(file, view);
    if (!target) {
        void vscode.window.showInformationMessage(`SMART: report written to ${vscode.workspace.asRelativePath(file)}.`);
    }
    return file;
}

function writeReport(file: vscode.Uri, view: PlanView): Thenable<void> {
    return vscode.workspace.fs.writeFile(file, new TextEncoder().encode(renderReportHtml(view)));
}

function defaultReportUri(document: vscode.TextDocument): vscode.Uri | undefined {
    if (document.isUntitled) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        return folder && vscode.Uri.joinPath(folder, 'plan-report.html');
    }
    return document.uri.with({ path: document.uri.path.replace(/(\.smart)?$/, '-report.html') });
}

/** Prints the plan's report from the system's browser; in a browser workbench, exports it to be printed. */
export async function printReport(client: BaseLanguageClient, document: vscode.TextDocument, storage: vscode.Uri): Promise<void> {
    if (vscode.env.uiKind === vscode.UIKind.Web) {
        const file = await exportReport(client, document);
        if (file) {
            void vscode.window.showInformationMessage(`SMART: open ${vscode.workspace.asRelativePath(file)} in your browser and print it from there (Ctrl+P).`);
        }
        return;
    }
    const view = await requestPlanView(client, document);
    if (!view) {
        void vscode.window.showWarningMessage(`SMART: ${vscode.workspace.asRelativePath(document.uri)} has no plan to print.`);
        return;
    }
    const name = (document.uri.path.split('/').pop() ?? 'plan').replace(/\.smart$/, '').replace(/[^A-Za-z0-9_-]+/g, '-') || 'plan';
    const file = vscode.Uri.joinPath(storage, 'print', `${name}-report.html`);
    await writeReport(file, view);
    if (await vscode.env.openExternal(file)) {
        void vscode.window.showInformationMessage('SMART: the report opened in your browser; print it from there (Ctrl+P).');
    }
}

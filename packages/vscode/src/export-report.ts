/**
 * SMART: Export Report (HTML): asks the server for the plan's view model and writes the
 * HTML report of @smart-plan/preview (the same renderer as `smart report --format html`)
 * to a file the user picks. Print (the preview's button): VS Code's webviews cannot print
 * (their sandbox blocks the print dialog), so on the desktop the report opens in the
 * system's browser from a temporary file, laid out for print; in a browser workbench,
 * whose extension host cannot open a local file there, the report is exported instead,
 * to be opened and printed.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderReportHtml } from '@smart-plan/preview';
import { requestPlanView } from './plan-view-request.js';

/** Writes the report of `document`; `target` skips the save dialog (for automation). */
export async function exportReport(client: LanguageClient, document: vscode.TextDocument, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
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
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(renderReportHtml(view)));
    if (!target) {
        void vscode.window.showInformationMessage(`SMART: report written to ${vscode.workspace.asRelativePath(file)}.`);
    }
    return file;
}

function defaultReportUri(document: vscode.TextDocument): vscode.Uri | undefined {
    if (document.isUntitled) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        return folder && vscode.Uri.joinPath(folder, 'plan-report.html');
    }
    return document.uri.with({ path: document.uri.path.replace(/(\.smart)?$/, '-report.html') });
}

/** Prints the plan's report from the system's browser; in a browser workbench, exports it to be printed. */
export async function printReport(client: LanguageClient, document: vscode.TextDocument): Promise<void> {
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
    const file = join(tmpdir(), `${name}-report.html`);
    await writeFile(file, renderReportHtml(view));
    if (await vscode.env.openExternal(vscode.Uri.file(file))) {
        void vscode.window.showInformationMessage('SMART: the report opened in your browser; print it from there (Ctrl+P).');
    }
}

/**
 * SMART: New Plan: the starter plan of `smart init` (every construct once, dated from
 * today or `smart.today`), in a new untitled editor, or written to a file when the command
 * is given a file or folder (the explorer's context menu, other extensions, tests).
 */
import * as vscode from 'vscode';
import { parseIsoDay, starterPlan, systemToday } from '@smart-plan/language/common';
import { LANGUAGE_ID } from './client-options.js';

export async function newPlan(target?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
    const year = new Date().getFullYear();
    const title = await vscode.window.showInputBox({
        title: 'SMART: New Plan',
        prompt: 'The plan title',
        value: `Marketing plan ${year}`,
        validateInput: text => text.trim() === '' ? 'Give the plan a title' : undefined
    });
    if (title === undefined) {
        return undefined;
    }
    const text = starterPlan(title.trim(), today(target));
    if (!target) {
        const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
        return vscode.window.showTextDocument(document);
    }
    const file = await planFile(target, title);
    if (!file) {
        return undefined;
    }
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    return vscode.window.showTextDocument(file);
}

/** `smart.today` when set to a valid date, else the real today. */
function today(scope: vscode.Uri | undefined): number {
    const setting = vscode.workspace.getConfiguration('smart', scope).get<string>('today');
    return (setting ? parseIsoDay(setting) : undefined) ?? systemToday();
}

/** The file to write: the target itself, or `<title>.smart` in a target folder; never overwrites silently. */
async function planFile(target: vscode.Uri, title: string): Promise<vscode.Uri | undefined> {
    let file = target;
    const stat = await statOf(target);
    if (stat?.type === vscode.FileType.Directory) {
        const slug = title.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'plan';
        file = vscode.Uri.joinPath(target, `${slug}.smart`);
    }
    if (await statOf(file)) {
        const overwrite = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(file)} exists. Replace it with a starter plan?`, { modal: true }, 'Replace');
        return overwrite === 'Replace' ? file : undefined;
    }
    return file;
}

async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
    try {
        return await vscode.workspace.fs.stat(uri);
    } catch {
        return undefined;
    }
}

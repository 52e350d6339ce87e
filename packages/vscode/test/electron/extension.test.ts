/**
 * The electron suite (run by @vscode/test-cli in a downloaded VS Code, see
 * test/electron/run.mjs): activation on a plan, diagnostics with rule ids on a faulty plan,
 * settings reaching the server, the preview command and the HTML report.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'smart-plan.smart-plan-vscode';

async function waitFor<T>(read: () => T | Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await read();
        if (accept(value)) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

function ruleIds(uri: vscode.Uri): string[] {
    return vscode.languages.getDiagnostics(uri).map(diagnostic => {
        const code = diagnostic.code;
        return String(typeof code === 'object' && code !== null ? code.value : code);
    });
}

suite('SMART extension', () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const plan = folder && vscode.Uri.joinPath(folder, 'faulty.smart');

    suiteSetup(async () => {
        assert.ok(plan, 'the test workspace is open');
        await vscode.workspace.getConfiguration('smart').update('today', '2027-03-15', vscode.ConfigurationTarget.Workspace);
    });

    test('activates on a .smart document', async () => {
        const document = await vscode.workspace.openTextDocument(plan!);
        await vscode.window.showTextDocument(document);
        assert.equal(document.languageId, 'smart');
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is installed`);
        await waitFor(() => extension.isActive, active => active, 'the extension to activate');
    });

    test('reports the faulty plan\'s diagnostics with their rule ids', async () => {
        const ids = await waitFor(() => ruleIds(plan!), found => found.includes('unresolved-reference'), 'diagnostics');
        for (const id of ['goal-not-time-bound', 'goal-without-owner', 'tactic-without-strategy', 'unit-mismatch', 'step-without-reaction']) {
            assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
        }
    });

    test('smart.today reaches the server: the review is overdue as of 2027-03-15', async () => {
        await waitFor(() => ruleIds(plan!), found => found.includes('review-overdue'), 'review-overdue');
    });

    test('SMART: Open Preview to the Side opens the preview beside the plan', async () => {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plan!));
        await vscode.commands.executeCommand('smart.openPreviewToSide');
        const isPreview = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('smart.preview');
        const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap(group => group.tabs).find(isPreview), found => found !== undefined, 'the preview tab');
        assert.equal(tab?.label, 'Preview faulty.smart');
    });

    test('SMART: Export Report (HTML) writes the report', async () => {
        const target = vscode.Uri.joinPath(folder!, 'faulty-report.html');
        await vscode.commands.executeCommand('smart.exportReport', plan, target);
        const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        assert.match(html, /Harbor Yoga 2027/);
        assert.match(html, /Fill the morning classes/);
    });
});

// The language server over stdio, as an editor drives it: edits republish diagnostics,
// completion and quick fixes answer through the protocol, and configuration changes
// (client settings, an edited .smartrc.json) re-validate without a restart.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { LspClient } from './lsp-client.js';

const bin = new URL('../../packages/cli/bin/smart.js', import.meta.url).pathname;
let client: LspClient | undefined;

afterEach(() => {
    client?.process.kill();
    client = undefined;
});

const plan = `plan "P" {
    owner ana
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
}
person ana "Ana"
metric m "M" unit count
goal g "G" {
    metric m
    target 10 by 2027-12-31
}
`;

async function start(settings: Record<string, unknown> = { today: '2027-03-15' }) {
    const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-edit-'));
    client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], dir, settings);
    await client.initialize(pathToFileURL(dir).toString());
    return { dir, uri: pathToFileURL(join(dir, 'plan.smart')).toString(), client };
}

const codes = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.map(d => d.code);

describe('editing through the language server', () => {
    test('an edit republishes diagnostics; completion and a quick fix answer over the protocol', async () => {
        const { uri, client } = await start();
        const first = client.diagnosticsFor(uri, p => codes(p).includes('goal-without-owner'));
        await client.open(uri, plan);
        await first;

        // Add the owner: the warning goes away in the republished diagnostics.
        const fixedText = plan.replace('    metric m\n', '    metric m\n    owner ana\n');
        const republished = client.diagnosticsFor(uri, p => !codes(p).includes('goal-without-owner'));
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixedText }] });
        expect(codes(await republished)).not.toContain('goal-without-owner');

        // Completion after `aligns ` in the goal offers goals.
        const withCursor = fixedText.replace('    owner ana\n    target', '    owner ana\n    aligns \n    target');
        const third = client.diagnosticsFor(uri, p => codes(p).includes('syntax-error'));
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: withCursor }] });
        const published = await third;
        const line = withCursor.split('\n').findIndex(l => l === '    aligns ');
        const completion = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 11 } }) as { items: Array<{ label: string }> };
        expect(completion.items.map(i => i.label)).toEqual(['g']);

        // A quick fix for goal-without-strategy, through textDocument/codeAction.
        const diagnostic = published.diagnostics.find(d => d.code === 'goal-without-strategy')!;
        const actions = await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>;
        expect(actions.map(a => a.title)).toContain("Create strategy 'How we reach: G' serving this goal");
        expect(actions.find(a => a.title.startsWith('Create'))!.edit.changes[uri][0].newText).toContain('strategy gStrategy');

        expect(await client.stop()).toBe(0);
    });

    test('client settings change severities and today without a restart', async () => {
        const { uri, client } = await start({ today: '2027-03-15' });
        const first = client.diagnosticsFor(uri, p => codes(p).includes('goal-without-owner'));
        await client.open(uri, plan);
        await first;
        const after = client.diagnosticsFor(uri, p => !codes(p).includes('goal-without-owner'));
        client.settings = { today: '2027-03-15', rules: { 'goal-without-owner': 'off' } };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { smart: client.settings } });
        expect(codes(await after)).not.toContain('goal-without-owner');
        expect(await client.stop()).toBe(0);
    });

    test('an edited .smartrc.json re-validates open plans', async () => {
        const { dir, uri, client } = await start();
        const first = client.diagnosticsFor(uri, p => codes(p).includes('goal-without-owner'));
        await client.open(uri, plan);
        await first;
        writeFileSync(join(dir, '.smartrc.json'), JSON.stringify({ rules: { 'goal-without-owner': 'off' } }));
        const after = client.diagnosticsFor(uri, p => !codes(p).includes('goal-without-owner'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.smartrc.json')).toString(), type: 1 }] });
        expect(codes(await after)).not.toContain('goal-without-owner');
        expect(await client.stop()).toBe(0);
    });

    test('an import outside the workspace folder is loaded and links', async () => {
        const root = mkdtempSync(join(tmpdir(), 'smart-lsp-outside-'));
        mkdirSync(join(root, 'shared'));
        mkdirSync(join(root, 'client'));
        writeFileSync(join(root, 'shared', 'people.smart'), 'person ana "Ana"\n');
        client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], root, { today: '2027-03-15' });
        await client.initialize(pathToFileURL(join(root, 'client')).toString());
        const uri = pathToFileURL(join(root, 'client', 'plan.smart')).toString();
        const linked = client.diagnosticsFor(uri, p => !codes(p).includes('unresolved-import') && !codes(p).includes('unresolved-reference'));
        await client.open(uri, 'import "../shared/people.smart"\ngoal g "G" {\n    owner ana\n}\n');
        const diagnostics = await linked;
        expect(codes(diagnostics)).toContain('goal-not-measurable');
        expect(await client.stop()).toBe(0);
    });

    test('a broken .smartrc.json is shown once as an error, and the defaults apply', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-badrc-'));
        writeFileSync(join(dir, '.smartrc.json'), '{ "rules": { "goal-without-ownr": "off" } }');
        client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], dir, { today: '2027-03-15' });
        await client.initialize(pathToFileURL(dir).toString());
        const uri = pathToFileURL(join(dir, 'plan.smart')).toString();
        const published = client.diagnosticsFor(uri, p => codes(p).includes('goal-without-owner'));
        await client.open(uri, plan);
        await published;
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
        expect(client.shown).toEqual([`1:SMART: ${join(dir, '.smartrc.json')}: 'rules.goal-without-ownr': unknown rule id 'goal-without-ownr'. The default settings apply until it is fixed.`]);
        expect(await client.stop()).toBe(0);
    });

    test('closing a plan that was never saved leaves the server checking the others; a closed saved plan is read from disk again', async () => {
        const { dir, uri, client } = await start();
        writeFileSync(join(dir, 'plan.smart'), plan);
        const opened = client.diagnosticsFor(uri, p => codes(p).includes('goal-without-owner'));
        await client.open(uri, plan);
        await opened;
        // SMART: New Plan opens an untitled plan; the user closes it without saving.
        const untitled = 'untitled:Untitled-1';
        await client.open(untitled, plan);
        await client.diagnosticsFor(untitled, p => p.diagnostics.length > 0);
        const cleared = client.diagnosticsFor(untitled, p => p.diagnostics.length === 0);
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: untitled } });
        await cleared;
        // The saved plan is still checked as it is edited...
        const edited = plan.replace('    metric m\n', '    metric m\n    owner ana\n');
        const republished = client.diagnosticsFor(uri, p => !codes(p).includes('goal-without-owner'));
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
        await republished;
        // ...and closed with the edit unsaved, it is what the disk holds again.
        const fromDisk = client.diagnosticsFor(uri, p => codes(p).includes('goal-without-owner'));
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await fromDisk;
        expect(client.logs.join('')).not.toMatch(/unhandled rejection|no services for the extension/);
        expect(await client.stop()).toBe(0);
    });
});

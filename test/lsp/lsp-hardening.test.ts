// `smart lsp --stdio` against what an outside probe sent it (issue 14); each test failed
// before its fix. Settings the server asks for at start-up apply at once, and a pull-model
// change asks again; a closed plan is forgotten (never saved) or read again (edits
// discarded), also an `untitled:` one; closing an import cycle by an edit marks every
// member; a didOpen without text, a request on a FIFO and requests after shutdown are
// answered or dropped, never wedging the server; a plan too large to check as it is typed
// is said so at once; and 150,000 findings are published as 5,000 and a count.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { LspClient, type PublishedDiagnostics } from './lsp-client.js';
import { HOSTILE_TEXTS } from '../robustness/hostile-texts.js';

const bin = new URL('../../packages/cli/bin/smart.js', import.meta.url).pathname;
const clients: LspClient[] = [];

afterEach(() => {
    clients.splice(0).forEach(client => client.process.kill());
});

async function server(dir: string, settings: Record<string, unknown> = {}, folder = true): Promise<LspClient> {
    const client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], dir, settings);
    clients.push(client);
    await client.initialize(folder ? pathToFileURL(dir).toString() : null);
    return client;
}

const uriOf = (dir: string, name: string) => pathToFileURL(join(dir, name)).toString();

/** The latest diagnostics published for the URI (undefined: never published). */
function latest(client: LspClient, uri: string): PublishedDiagnostics['diagnostics'] | undefined {
    return [...client.published].reverse().find(p => p.uri === uri)?.diagnostics;
}

const codes = (diagnostics: PublishedDiagnostics['diagnostics'] | undefined) => (diagnostics ?? []).map(d => String(d.code));

/** Resolves once nothing was published for `quietMs` (the server has settled). */
async function settled(client: LspClient, quietMs = 1_500, limitMs = 60_000): Promise<void> {
    const started = Date.now();
    let seen = client.published.length;
    let since = Date.now();
    while (Date.now() - since < quietMs && Date.now() - started < limitMs) {
        await new Promise(resolve => setTimeout(resolve, 100));
        if (client.published.length !== seen) {
            seen = client.published.length;
            since = Date.now();
        }
    }
}

/** Resolves when the predicate holds (checked every 50 ms), or fails after `limitMs`. */
async function until(what: string, predicate: () => boolean, limitMs = 30_000): Promise<void> {
    const started = Date.now();
    while (!predicate()) {
        if (Date.now() - started > limitMs) {
            throw new Error(`not within ${limitMs} ms: ${what}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}

describe('settings', () => {
    test('the settings asked for at start-up apply without a didChangeConfiguration (Neovim, Helix)', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-settings-'));
        const client = await server(dir, { rules: { 'goal-not-measurable': 'off' }, today: '2027-03-15' }, false);
        const uri = uriOf(dir, 'plan.smart');
        await client.open(uri, 'goal g "G" { }\n');
        await until('diagnostics of plan.smart', () => latest(client, uri) !== undefined);
        await settled(client);
        expect(codes(latest(client, uri))).toContain('goal-without-owner');
        expect(codes(latest(client, uri))).not.toContain('goal-not-measurable');
    });

    test('a didChangeConfiguration without settings (the pull model) asks for them again', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-settings-'));
        const client = await server(dir, { today: '2027-03-15' }, false);
        const uri = uriOf(dir, 'plan.smart');
        await client.open(uri, 'goal g "G" { }\n');
        await until('diagnostics of plan.smart', () => codes(latest(client, uri)).includes('goal-without-owner'));
        client.settings = { today: '2027-03-15', rules: { 'goal-without-owner': 'off' } };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await until('goal-without-owner turned off', () => latest(client, uri) !== undefined && !codes(latest(client, uri)).includes('goal-without-owner'));
    });
});

describe('closing a plan', () => {
    test('a never-saved plan is forgotten: its names stop resolving, its diagnostics are cleared', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-close-'));
        writeFileSync(join(dir, 'main.smart'), 'import "./scratch.smart"\nstrategy s "S" {\n    serves x\n}\n');
        const client = await server(dir, { today: '2027-03-15' });
        const main = uriOf(dir, 'main.smart');
        const scratch = uriOf(dir, 'scratch.smart');
        await client.open(scratch, 'goal x "X" { }\n');
        await until('main.smart links to the unsaved scratch plan', () => latest(client, main) !== undefined && !codes(latest(client, main)).includes('unresolved-reference'));
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: scratch } });
        await until('main.smart sees scratch.smart gone', () => codes(latest(client, main)).includes('unresolved-import'));
        expect(codes(latest(client, main))).toContain('unresolved-reference');
        expect(latest(client, scratch)).toEqual([]);
    });

    test('a plan closed with its edits discarded is read again from disk, everywhere', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-close-'));
        writeFileSync(join(dir, 'a.smart'), 'goal g1 "G" { }\n');
        writeFileSync(join(dir, 'b.smart'), 'import "./a.smart"\nstrategy t "T" {\n    serves g1\n}\n');
        const client = await server(dir, { today: '2027-03-15' });
        const [a, b] = [uriOf(dir, 'a.smart'), uriOf(dir, 'b.smart')];
        await client.open(a, 'goal g1 "G" { }\n');
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: a, version: 2 }, contentChanges: [{ text: 'goal g2 "G" { }\n' }] });
        await until('b.smart sees the unsaved rename', () => codes(latest(client, b)).includes('unresolved-reference'));
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
        await until('b.smart sees a.smart as on disk', () => latest(client, b) !== undefined && !codes(latest(client, b)).includes('unresolved-reference'));
        const symbols = await client.connection.sendRequest('workspace/symbol', { query: 'g2' }) as Array<{ name: string }>;
        expect(symbols.filter(symbol => symbol.name === 'g2')).toEqual([]);
    });

    test('after an untitled plan is closed, the next one still gets diagnostics', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-close-'));
        const client = await server(dir, { today: '2027-03-15' }, false);
        await client.open('untitled:Untitled-1', 'goal u "U" { }\n');
        await until('Untitled-1 published', () => latest(client, 'untitled:Untitled-1') !== undefined);
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'untitled:Untitled-1' } });
        await until('Untitled-1 cleared', () => latest(client, 'untitled:Untitled-1')?.length === 0);
        await client.open('untitled:Untitled-2', 'goal u "U" { }\n');
        await until('Untitled-2 published', () => codes(latest(client, 'untitled:Untitled-2')).includes('goal-without-owner'));
        expect(client.logs.join('')).not.toMatch(/service registry|unhandled rejection/);
    });
});

describe('the workspace', () => {
    test('its plans are checked when it opens, not only once something is edited', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-workspace-'));
        writeFileSync(join(dir, 'closed.smart'), 'goal g "G" { }\n');
        const client = await server(dir, { today: '2027-03-15' });
        await until('closed.smart published', () => codes(latest(client, uriOf(dir, 'closed.smart'))).includes('goal-without-owner'));
    });
});

describe('import cycles', () => {
    test('closing a cycle of four plans by an edit gives every member its error; opening it clears them', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-cycle-'));
        for (let i = 0; i < 4; i++) {
            writeFileSync(join(dir, `f${i}.smart`), `${i < 3 ? `import "./f${i + 1}.smart"\n` : ''}person p${i} "P"\n`);
        }
        const client = await server(dir, { today: '2027-03-15' });
        const uris = [0, 1, 2, 3].map(i => uriOf(dir, `f${i}.smart`));
        const cycleErrors = () => uris.map(uri => (latest(client, uri) ?? []).filter(d => d.code === 'unresolved-import' && /cycle/.test(d.message)).length);
        // Any edit validates every plan (as the first build does now; see below), so the cycle is what is tested.
        await client.open(uriOf(dir, 'other.smart'), 'person q "Q"\n');
        await until('every plan published', () => uris.every(uri => latest(client, uri) !== undefined));
        await client.open(uris[3], 'person p3 "P"\n');
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[3], version: 2 }, contentChanges: [{ text: 'import "./f0.smart"\nperson p3 "P"\n' }] });
        await until('every member has its cycle error', () => cycleErrors().every(n => n === 1));
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[3], version: 3 }, contentChanges: [{ text: 'person p3 "P"\n' }] });
        await until('no member has a cycle error', () => cycleErrors().every(n => n === 0));
    });
});

describe('bad input is answered or dropped, never wedging the server', () => {
    test('a didOpen whose text is null, an object or a number is dropped (and logged); the next plan gets diagnostics', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-bad-'));
        const client = await server(dir, { today: '2027-03-15' }, false);
        for (const text of [null, { x: 1 }, 42]) {
            await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(dir, 'bad.smart'), languageId: 'smart', version: 1, text } });
        }
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(dir, 'bad.smart'), version: 2 }, contentChanges: [{ text: 5 }] });
        const uri = uriOf(dir, 'good.smart');
        await client.open(uri, 'goal g "G" { }\n');
        await until('good.smart published', () => codes(latest(client, uri)).includes('goal-without-owner'));
        // Answered (a hover, or null), not left waiting.
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } });
        expect(client.logs.join('')).toContain('ignoring textDocument/didOpen: textDocument.text is not a string');
        await expect(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0.5 } }))
            .rejects.toMatchObject({ code: -32602, message: 'textDocument/hover: position is not { line, character } with whole numbers of 0 or more' });
    });

    test('references and rename naming a FIFO called *.smart get an error; the server goes on, and exits on exit', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-fifo-'));
        execFileSync('mkfifo', [join(dir, 'pipe.smart')]);
        const client = await server(dir, { today: '2027-03-15' }, false);
        const fifo = uriOf(dir, 'pipe.smart');
        const position = { line: 0, character: 0 };
        await expect(client.connection.sendRequest('textDocument/references', { textDocument: { uri: fifo }, position, context: { includeDeclaration: true } })).rejects.toMatchObject({ message: expect.stringContaining('not a regular file') });
        await expect(client.connection.sendRequest('textDocument/rename', { textDocument: { uri: fifo }, position, newName: 'x' })).rejects.toMatchObject({ message: expect.stringContaining('not a regular file') });
        const uri = uriOf(dir, 'plan.smart');
        await client.open(uri, 'goal g "G" { }\n');
        await until('plan.smart published', () => latest(client, uri) !== undefined);
        expect(await client.stop()).toBe(0);
    });

    test('after shutdown, a request is refused with InvalidRequest, and exit ends the process with 0', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-shutdown-'));
        const client = await server(dir, {}, false);
        const exited = new Promise<number | null>(resolve => client.process.once('exit', code => resolve(code)));
        await client.connection.sendRequest('shutdown');
        await expect(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(dir, 'plan.smart') }, position: { line: 0, character: 0 } }))
            .rejects.toMatchObject({ code: -32600, message: 'textDocument/hover: the server is shutting down (it received shutdown)' });
        await client.connection.sendNotification('exit');
        expect(await exited).toBe(0);
    });
});

describe('the work per plan is bounded', () => {
    test('a 5 MB plan is one error saying to use smart lint, and another plan is answered at once', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-big-'));
        const client = await server(dir, { today: '2027-03-15' }, false);
        const small = uriOf(dir, 'small.smart');
        await client.open(small, 'metric a "A"\n');
        await until('small.smart published', () => latest(client, small) !== undefined);
        const big = uriOf(dir, 'big.smart');
        const started = Date.now();
        await client.open(big, Array.from({ length: 280_000 }, (_, i) => `metric m${i} "M"`).join(' ') + '\n');
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 8 } });
        // Built, this plan kept the server from answering for 30 s and more.
        expect(Date.now() - started).toBeLessThan(5_000);
        await until('big.smart published', () => latest(client, big) !== undefined);
        expect(latest(client, big)!.map(d => d.message)).toEqual(['This plan is 5.0 MB, more than the editor checks as you type (2.0 MB): check it with smart lint.']);
    });

    test('150,000 findings are published as the first 5,000 and one saying how many more', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-many-'));
        const client = await server(dir, { today: '2027-03-15' }, false);
        const uri = uriOf(dir, 'goals.smart');
        await client.open(uri, HOSTILE_TEXTS['25,000 empty goals']());
        await until('goals.smart published', () => latest(client, uri) !== undefined, 120_000);
        const published = latest(client, uri)!;
        expect(published).toHaveLength(5_001);
        expect(published[5_000].message).toMatch(/^\d{6} more problems in this plan are not shown here: smart lint lists every one\.$/);
        expect(Number(/^\d+/.exec(published[5_000].message)![0]) + 5_000).toBeGreaterThanOrEqual(100_000);
    }, 180_000);
});

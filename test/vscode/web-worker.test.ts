// The browser build's language server (the web-worker bundle, built from the sources) in
// headless Chromium, driven over the protocol as the extension's browser client drives it,
// every file read through `smart/fs/*` requests from a workspace held in memory: it
// publishes exactly the diagnostics the Node server publishes for the same files, reads
// .smartrc.json and an import that only its importer names through the client, and answers
// completion, quick fixes and smart/preview. Skipped, saying why, without /usr/bin/chromium.
// (The end-to-end run checks the same bundle in a real browser workbench.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildInMemory } from '../../packages/vscode/bundles.mjs';
import { CHROMIUM, WebWorkerSession, type PublishedDiagnostics } from '../../scripts/bench/web-worker-session.mjs';
import { repoRoot } from '../cli/run-smart.js';
import { LspClient } from '../lsp/lsp-client.js';

const hasChromium = existsSync(CHROMIUM);
const skipped = hasChromium ? '' : ` [SKIPPED: ${CHROMIUM} is not installed; apt-get install -y chromium]`;
if (!hasChromium) {
    console.warn(`web worker tests skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);
}

const SETTINGS = { today: '2027-03-15' };
const example = (name: string) => readFileSync(join(repoRoot, 'examples/faulty', name), 'utf8');

/** A workspace on disk (for the Node server) and the same files by URI (for the worker). */
function workspace(): { folder: string; files: Map<string, string> } {
    const dir = mkdtempSync(join(tmpdir(), 'smart-web-worker-'));
    const texts: Record<string, string> = {
        'faulty.smart': example('faulty.smart'),
        'team.smart': example('team.smart'),
        '.smartrc.json': JSON.stringify({ rules: { 'review-overdue': 'off' } }),
        // Read only when imports.smart asks: the workspace scan skips dot-folders.
        '.shared/people.smart': 'person sam "Sam Rivera" {\n    role "Partner"\n}\n',
        'imports.smart': 'plan "Imports" {\n    owner sam\n    period 2027-01-01 to 2027-12-31\n    review every 1 month\n}\n\nimport "./.shared/people.smart"\nimport "./missing.smart"\n'
    };
    const files = new Map<string, string>();
    for (const [name, text] of Object.entries(texts)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
        files.set(pathToFileURL(join(dir, name)).toString(), text);
    }
    return { folder: pathToFileURL(dir).toString(), files };
}

const summary = (published: Pick<PublishedDiagnostics, 'diagnostics'> | { diagnostics: Array<Omit<PublishedDiagnostics['diagnostics'][number], 'range'> & { range: { start: { line: number; character: number } } }> }) => published.diagnostics
    .map(({ code, range, message }) => `${range.start.line + 1}:${range.start.character + 1} ${code} ${message}`).sort();

describe.skipIf(!hasChromium)(`the language server in a web worker${skipped}`, () => {
    let browser: Browser;
    let script: string;

    beforeAll(async () => {
        script = (await buildInMemory('serverWeb')).text;
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
    });

    test('publishes the diagnostics the Node server publishes, with .smartrc.json and the imported team read through the client', async () => {
        const { folder, files } = workspace();
        const uri = `${folder}/faulty.smart`;
        const node = new LspClient(process.execPath, [join(repoRoot, 'packages/cli/bin/smart.js'), 'lsp', '--stdio'], new URL(folder).pathname, SETTINGS);
        const worker = await WebWorkerSession.start(browser, script, files, SETTINGS);
        try {
            await node.initialize(folder);
            await worker.initialize(folder);
            const fromNode = node.diagnosticsFor(uri);
            const fromWorker = worker.diagnosticsFor(uri);
            await node.open(uri, files.get(uri)!);
            await worker.open(uri, files.get(uri)!);
            const expected = summary(await fromNode);
            const found = summary(await fromWorker);
            expect(found).toEqual(expected);
            expect(found.some(line => line.includes('goal-not-time-bound'))).toBe(true);
            expect(found.some(line => line.includes('review-overdue')), 'review-overdue is off in .smartrc.json').toBe(false);
            expect(found.filter(line => line.includes('unresolved-reference')).map(line => line.split(' ')[0])).toEqual(['114:11']); // only `priyaa`
            expect(worker.requests).toContain(`readFile ${folder}/.smartrc.json`);
            expect(worker.errors).toEqual([]);
        } finally {
            await worker.close();
            node.process.kill();
        }
    }, 60_000);

    test('an import only its importer names is read on demand; a missing one is reported', async () => {
        const { folder, files } = workspace();
        const uri = `${folder}/imports.smart`;
        const worker = await WebWorkerSession.start(browser, script, files, SETTINGS);
        try {
            await worker.initialize(folder);
            const linked = worker.diagnosticsFor(uri, published => !published.diagnostics.some(diagnostic => diagnostic.code === 'unresolved-reference'));
            await worker.open(uri, files.get(uri)!);
            const messages = (await linked).diagnostics.map(diagnostic => `${diagnostic.code}: ${diagnostic.message}`);
            expect(messages).toContain(`unresolved-import: The import "./missing.smart" does not exist (looked for ${new URL(folder).pathname}/missing.smart).`);
            expect(worker.requests).toContain(`readFile ${folder}/.shared/people.smart`);
        } finally {
            await worker.close();
        }
    }, 60_000);

    test('answers completion, a quick fix and smart/preview', async () => {
        const { folder, files } = workspace();
        const uri = `${folder}/faulty.smart`;
        const worker = await WebWorkerSession.start(browser, script, files, SETTINGS);
        try {
            await worker.initialize(folder);
            const published = worker.diagnosticsFor(uri);
            await worker.open(uri, files.get(uri)!);
            const { diagnostics } = await published;

            const lines = files.get(uri)!.split('\n');
            const ownerLine = lines.findIndex(line => line.includes('owner priyaa'));
            const completion = await worker.connection.sendRequest('textDocument/completion', {
                textDocument: { uri }, position: { line: ownerLine, character: lines[ownerLine].indexOf('priyaa') }
            }) as { items: Array<{ label: string }> };
            expect(completion.items.map(item => item.label)).toEqual(expect.arrayContaining(['maya', 'leo', 'priya']));

            const misspelt = diagnostics.find(diagnostic => diagnostic.code === 'unresolved-reference')!;
            const actions = await worker.connection.sendRequest('textDocument/codeAction', {
                textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt] }
            }) as Array<{ title: string }>;
            expect(actions.map(action => action.title)).toContain("Did you mean 'priya' (Priya Nair)?");

            const view = await worker.connection.sendRequest('smart/preview', { uri }) as { file: string; goals: Array<{ title: string }> };
            expect(view.file).toBe('faulty.smart');
            expect(view.goals.map(goal => goal.title)).toEqual(['Grow monthly membership to 300', 'Fill the morning classes', 'Sell trial passes to desk workers']);
            expect(worker.errors).toEqual([]);
        } finally {
            await worker.close();
        }
    }, 60_000);
});

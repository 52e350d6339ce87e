// `smart lsp --stdio` as an LSP client sees it: initialize, diagnostics for an opened
// document (with rule ids as codes), and a clean shutdown.
import { mkdtempSync } from 'node:fs';
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

describe('smart lsp --stdio', () => {
    test('answers initialize, publishes diagnostics for an opened plan, shuts down cleanly', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-'));
        client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], dir);
        const init = await client.initialize(pathToFileURL(dir).toString()) as { capabilities: Record<string, unknown>; serverInfo?: unknown };
        expect(init.capabilities).toHaveProperty('textDocumentSync');
        expect(init.capabilities).toHaveProperty('documentFormattingProvider');

        const uri = pathToFileURL(join(dir, 'plan.smart')).toString();
        const published = client.diagnosticsFor(uri);
        await client.open(uri, 'metric m "M"\ngoal g "G" { metric m owner nobody }\n');
        const { diagnostics } = await published;
        const codes = diagnostics.map(d => d.code);
        expect(codes).toContain('unresolved-reference');
        expect(codes).toContain('goal-not-measurable');
        const unresolved = diagnostics.find(d => d.code === 'unresolved-reference')!;
        expect(unresolved.range.start).toEqual({ line: 1, character: 28 }); // at 'nobody'

        expect(await client.stop()).toBe(0);
    });

    test('smart/preview names the plan by its path in the workspace; completion is offered on a space', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-'));
        client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], dir);
        const init = await client.initialize(pathToFileURL(dir).toString()) as { capabilities: { completionProvider?: { triggerCharacters?: string[] } } };
        expect(init.capabilities.completionProvider?.triggerCharacters).toEqual([' ']);
        const uri = pathToFileURL(join(dir, 'plans', 'acme.smart')).toString();
        const published = client.diagnosticsFor(uri);
        await client.open(uri, 'plan "Acme" {\n    owner ann\n}\nperson ann "Ann Lee"\n');
        await published;
        const view = await client.connection.sendRequest('smart/preview', { uri }) as { file: string; header: { owner: unknown } };
        expect(view.file).toBe('plans/acme.smart');
        expect(view.header.owner).toEqual({ name: 'ann', title: 'Ann Lee' });
        expect(await client.stop()).toBe(0);
    });

    test('without --stdio it explains itself and exits 2', async () => {
        const { runSmart } = await import('../cli/run-smart.js');
        const run = runSmart(['lsp']);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('smart: lsp: only --stdio is supported (smart lsp --stdio)\n');
    });
});

// A virtual workspace (plans that are not local files, as a GitHub repository opened in
// VS Code is) through `smart lsp --stdio`: a client that says it answers the smart/fs/*
// requests (initializationOptions.workspaceFiles, as the VS Code extension does) gets the
// plan's import read through it; a client that does not is never asked, and the import
// reads as missing.
import { afterEach, describe, expect, test } from 'vitest';
import { LspClient } from './lsp-client.js';

const bin = new URL('../../packages/cli/bin/smart.js', import.meta.url).pathname;
const folder = 'vscode-vfs://github/acme/plans';
const files = new Map([[`${folder}/team.smart`, 'person ana "Ana Ruiz"\n']]);
const plan = 'import "./team.smart"\nmetric m "M" unit count\ngoal g "G" {\n    metric m\n    target 10 by 2027-12-31\n    owner ana\n}\n';
let client: LspClient | undefined;

afterEach(() => {
    client?.process.kill();
    client = undefined;
});

async function start(workspaceFiles: boolean): Promise<{ client: LspClient; asked: string[] }> {
    client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], process.cwd(), { today: '2027-03-15' });
    const asked: string[] = [];
    client.connection.onRequest('smart/fs/stat', ({ uri }: { uri: string }) => {
        asked.push(`stat ${uri}`);
        return files.has(uri) ? { type: 'file' } : null;
    });
    client.connection.onRequest('smart/fs/readFile', ({ uri }: { uri: string }) => {
        asked.push(`readFile ${uri}`);
        return files.get(uri) ?? '';
    });
    client.connection.onRequest('smart/fs/readDirectory', ({ uri }: { uri: string }) => {
        asked.push(`readDirectory ${uri}`);
        return uri === folder ? [...files.keys()].map(file => ({ uri: file, type: 'file' })) : [];
    });
    await client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: [{ uri: folder, name: 'plans' }],
        capabilities: { workspace: { configuration: true } },
        initializationOptions: { workspaceFiles }
    });
    await client.connection.sendNotification('initialized', {});
    return { client, asked };
}

const codes = (published: { diagnostics: Array<{ code?: unknown }> }) => published.diagnostics.map(diagnostic => diagnostic.code);

describe('a virtual workspace through the Node server', () => {
    test('with a client that answers smart/fs, the import is read through it and links', async () => {
        const { client, asked } = await start(true);
        const uri = `${folder}/plan.smart`;
        const linked = client.diagnosticsFor(uri, published => !codes(published).includes('unresolved-reference') && !codes(published).includes('unresolved-import'));
        await client.open(uri, plan);
        expect(codes(await linked)).toContain('goal-missing-baseline');
        expect(asked).toContain(`readFile ${folder}/team.smart`);
        expect(await client.stop()).toBe(0);
    });

    test('with a client that does not, nothing is asked and the import reads as missing', async () => {
        const { client, asked } = await start(false);
        const uri = `${folder}/plan.smart`;
        const published = client.diagnosticsFor(uri, diagnostics => codes(diagnostics).includes('unresolved-import'));
        await client.open(uri, plan);
        expect((await published).diagnostics.find(diagnostic => diagnostic.code === 'unresolved-import')?.message).toMatch(/"\.\/team\.smart" does not exist/);
        expect(asked).toEqual([]);
        expect(await client.stop()).toBe(0);
    });
});

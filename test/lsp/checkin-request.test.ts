// `smart/checkin` over stdio, as the editor's Record Check-in command uses it: the edits
// `smart checkin` would write, computed on the text the editor has (unsaved changes
// included); a conflict is flagged for the client to ask about; a malformed request is a
// protocol error and the server keeps serving.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CHECKIN_REQUEST, type CheckinResult } from '@smart-plan/language/protocol';
import { LspClient } from './lsp-client.js';

const bin = new URL('../../packages/cli/bin/smart.js', import.meta.url).pathname;
let client: LspClient | undefined;

afterEach(() => {
    client?.process.kill();
    client = undefined;
});

const plan = `metric m "M" unit count
goal g "G" {
    metric m
    baseline 1 on 2027-01-01
    target 10 by 2027-12-31
}

checkin 2027-02-01 {
    g 2
}
`;

describe('smart/checkin', () => {
    test('returns the edits of smart checkin for the unsaved text; conflicts are flagged; bad params are errors', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-checkin-'));
        client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], dir, { today: '2027-03-15' });
        await client.initialize(pathToFileURL(dir).toString());
        const uri = pathToFileURL(join(dir, 'plan.smart')).toString();
        const published = client.diagnosticsFor(uri, () => true);
        await client.open(uri, plan); // never saved: the file does not exist on disk
        await published;

        const result = await client.connection.sendRequest(CHECKIN_REQUEST, { uri, entries: [{ goal: 'g', date: '2027-03-01', value: '3', note: 'Spring' }] }) as CheckinResult;
        expect(result).toMatchObject({ added: 1, unchanged: 0, replaced: 0, problems: [] });
        const edited = TextDocument.applyEdits(TextDocument.create(uri, 'smart', 1, plan), result.edits);
        expect(edited).toBe(plan.replace('checkin 2027-02-01 {\n    g 2\n}\n', 'checkin 2027-02-01 {\n    g 2\n}\n\ncheckin 2027-03-01 {\n    g 3 "Spring"\n}\n'));

        const conflict = await client.connection.sendRequest(CHECKIN_REQUEST, { uri, entries: [{ goal: 'g', date: '2027-02-01', value: '5' }] }) as CheckinResult;
        expect(conflict.edits).toEqual([]);
        expect(conflict.problems).toEqual([{ entry: 0, conflict: true, message: "goal 'g' already has 2 on 2027-02-01; give --replace to write 5 instead" }]);
        const replaced = await client.connection.sendRequest(CHECKIN_REQUEST, { uri, entries: [{ goal: 'g', date: '2027-02-01', value: '5' }], replace: true }) as CheckinResult;
        expect(replaced.replaced).toBe(1);

        await expect(client.connection.sendRequest(CHECKIN_REQUEST, { uri, entries: [{ goal: 'g', value: 3 }] })).rejects.toThrow(/expected \{ uri, entries/);
        await expect(client.connection.sendRequest(CHECKIN_REQUEST, null)).rejects.toThrow(/expected \{ uri, entries/);
        const unknown = await client.connection.sendRequest(CHECKIN_REQUEST, { uri: 'file:///nowhere/x.smart', entries: [] }) as CheckinResult;
        expect(unknown.problems).toEqual([{ message: 'the plan is not open in the language server' }]);
        // Still serving.
        const again = await client.connection.sendRequest(CHECKIN_REQUEST, { uri, entries: [{ goal: 'g', date: '2027-02-01', value: '2' }] }) as CheckinResult;
        expect(again.unchanged).toBe(1);
    });
});

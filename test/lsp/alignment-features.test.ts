// The alignment in the editor: the code lens and hover show a goal's roll-up beside its
// own status; "Show Call Hierarchy" walks `aligns` (incoming: the goals aligned to it,
// outgoing: the goal it aligns to); `smart/goals` over stdio gives the SMART Goals view
// its tree.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { GOALS_REQUEST, type GoalsResult } from '@smart-plan/language/protocol';
import { buildPlans, services } from '../helpers.js';
import { LspClient } from './lsp-client.js';

const goal = (name: string, checkin: number, aligns?: string) => `goal ${name} "Title of ${name}" {
    metric m
    baseline 0 on 2027-01-01
    target 100 by 2027-12-31${aligns ? `\n    aligns ${aligns}` : ''}
}
checkin 2027-03-01 { ${name} ${checkin} }
`;

const FILES = {
    'corp.smart': `metric m "M" unit count\n${goal('corporate', 20)}`,
    'unit.smart': `import "./corp.smart"\n${goal('unitGoal', 1, 'corporate')}${goal('otherUnit', 18, 'corporate')}`
};

describe('roll-up in the code lens and hover; call hierarchy', () => {
    test('the lens and the hover show the roll-up beside the goal\'s own status', async () => {
        const docs = await buildPlans(FILES);
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(docs['corp.smart'], { textDocument: { uri: docs['corp.smart'].uri.toString() } });
        expect(lenses![0].command?.title).toMatch(/^● on track · 20 \/ 100 \(20%\) · forecast [\d.]+ by 31 Dec 2027 · 2 aligned: 1 behind, 1 on track · · M · · T$/);
        const text = docs['corp.smart'].textDocument.getText();
        const hover = await services.lsp.HoverProvider!.getHoverContent(docs['corp.smart'], { textDocument: { uri: docs['corp.smart'].uri.toString() }, position: docs['corp.smart'].textDocument.positionAt(text.indexOf('corporate')) });
        expect((hover?.contents as { value: string }).value).toContain('\n\n2 aligned: 1 behind, 1 on track\n\n');
    });

    test('incoming calls are the aligned goals, outgoing the goal aligned to', async () => {
        const docs = await buildPlans(FILES);
        const provider = services.lsp.CallHierarchyProvider!;
        const corp = docs['corp.smart'];
        const [item] = (await provider.prepareCallHierarchy(corp, { textDocument: { uri: corp.uri.toString() }, position: corp.textDocument.positionAt(corp.textDocument.getText().indexOf('corporate')) }))!;
        expect(item).toMatchObject({ name: 'corporate', detail: '● on track · Title of corporate' });
        const incoming = (await provider.incomingCalls({ item }))!;
        expect(incoming.map(call => [call.from.name, call.from.detail, call.fromRanges[0].start.line])).toEqual([
            ['unitGoal', '▼ behind · Title of unitGoal', 5],
            ['otherUnit', '● on track · Title of otherUnit', 12]
        ]);
        const outgoing = (await provider.outgoingCalls({ item: incoming[0].from }))!;
        expect(outgoing.map(call => call.to.name)).toEqual(['corporate']);
        expect(await provider.outgoingCalls({ item })).toEqual([]);
        // Only goals have a hierarchy.
        const onMetric = await provider.prepareCallHierarchy(corp, { textDocument: { uri: corp.uri.toString() }, position: { line: 0, character: 8 } });
        expect(onMetric ?? []).toEqual([]);
    });
});

describe('smart/goals over stdio', () => {
    let client: LspClient | undefined;
    afterEach(() => {
        client?.process.kill();
        client = undefined;
    });

    test('the alignment tree of the workspace\'s plans, roots first, with statuses and roll-ups', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-lsp-goals-'));
        for (const [name, text] of Object.entries(FILES)) {
            writeFileSync(join(dir, name), text);
        }
        writeFileSync(join(dir, '.smartrc.json'), JSON.stringify({ today: '2027-03-15' }));
        const bin = new URL('../../packages/cli/bin/smart.js', import.meta.url).pathname;
        client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], dir, { today: '2027-03-15' });
        await client.initialize(pathToFileURL(dir).toString());
        let result: GoalsResult = { tree: [] };
        // The workspace loads in the background: ask until both plans are in.
        for (let attempt = 0; attempt < 50 && result.tree[0]?.children.length !== 2; attempt++) {
            result = await client.connection.sendRequest(GOALS_REQUEST) as GoalsResult;
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        expect(result.tree).toHaveLength(1);
        const [root] = result.tree;
        expect(root).toMatchObject({ goal: 'corporate', title: 'Title of corporate', status: 'on-track', progress: 20, line: 1, syntaxErrors: false, rollup: { total: 2, worst: 'behind', counts: { behind: 1, 'on-track': 1 } } });
        expect(root.file).toBe(pathToFileURL(join(dir, 'corp.smart')).toString());
        expect(root.children.map(child => [child.goal, child.status, child.children.length])).toEqual([['unitGoal', 'behind', 0], ['otherUnit', 'on-track', 0]]);
    });
});

// The language server's requests behind VS Code's language-model tools, over stdio on a
// copy of examples/ (judged as of TODAY by a .smartrc.json) with no plan open: `smart/diagnostics` answers what `smart lint
// --format json` prints (plans validated for the answer, nothing published),
// `smart/goalList` and `smart/explainGoal` the goals as `smart mcp` does (plans named
// relative to the workspace folder), `smart/preview`
// the view model of a plan that is not open; an open plan is answered with its unsaved
// text; bad params are request errors.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DIAGNOSTICS_REQUEST, EXPLAIN_GOAL_REQUEST, GOAL_LIST_REQUEST, GoalExplanationSchema, GoalListSchema, LintAnswerSchema, PREVIEW_REQUEST,
    type GoalExplanation, type GoalList, type LintAnswer
} from '@smart-plan/language/protocol';
import { repoRoot, runSmart } from '../cli/run-smart.js';
import { LspClient } from './lsp-client.js';

const TODAY = '2027-03-15';
const bin = join(repoRoot, 'packages/cli/bin/smart.js');

describe('the language-model tools\' requests over stdio', () => {
    let root: string;
    let client: LspClient;
    const uriOf = (path: string) => pathToFileURL(join(root, path)).toString();
    const smartJson = (...args: string[]) => JSON.parse(runSmart([...args, '--today', TODAY, '--format', 'json'], { cwd: root }).stdout);

    beforeAll(async () => {
        root = join(mkdtempSync(join(tmpdir(), 'smart-lsp-tools-')), 'examples');
        cpSync(join(repoRoot, 'examples'), root, { recursive: true });
        writeFileSync(join(root, '.smartrc.json'), JSON.stringify({ today: TODAY }));
        client = new LspClient(process.execPath, [bin, 'lsp', '--stdio'], root);
        await client.initialize(pathToFileURL(root).toString());
    });
    afterAll(async () => {
        await client?.stop();
    });

    test('smart/diagnostics answers smart lint --format json for the workspace, and publishes nothing more', async () => {
        // The workspace's plans are checked and published when it opens; the request adds nothing to that.
        await expect.poll(() => client.published.some(published => published.uri.endsWith('/faulty/faulty.smart') && published.diagnostics.length > 0)).toBe(true);
        await new Promise(resolve => setTimeout(resolve, 300));
        const publishedBefore = client.published.length;
        const answer = LintAnswerSchema.parse(await client.connection.sendRequest(DIAGNOSTICS_REQUEST, {}));
        expect(answer.files).toEqual(smartJson('lint'));
        expect(answer.counts.error).toBeGreaterThan(0);
        const within = await client.connection.sendRequest(DIAGNOSTICS_REQUEST, { within: [uriOf('faulty')] }) as LintAnswer;
        expect(within.files).toEqual(smartJson('lint', 'faulty'));
        await new Promise(resolve => setTimeout(resolve, 300));
        expect(client.published.slice(publishedBefore)).toEqual([]);
    });

    test('smart/preview answers the view model of a plan that is not open, as smart report --format json does', async () => {
        const view = await client.connection.sendRequest(PREVIEW_REQUEST, { uri: uriOf('coaching/acme-coaching.smart') }) as { file: string };
        expect(view).toEqual(smartJson('report', 'coaching/acme-coaching.smart'));
    });

    test('smart/goalList and smart/explainGoal answer the goals as smart mcp does', async () => {
        const behind = GoalListSchema.parse(await client.connection.sendRequest(GOAL_LIST_REQUEST, { statuses: ['behind', 'at-risk', 'missed'] })) as GoalList;
        expect(behind.goals.map(goal => `${goal.file} ${goal.name} ${goal.status}`)).toEqual(['faulty/faulty.smart fillClasses at-risk']);
        expect(Object.values(behind.counts).reduce((sum, n) => sum + n, 0)).toBe(26);
        const unit = await client.connection.sendRequest(GOAL_LIST_REQUEST, { within: [uriOf('corporate/emea-unit.smart')] }) as GoalList;
        expect(unit.goals.find(goal => goal.name === 'emeaArr')?.alignsTo).toEqual({ file: 'corporate/corporate.smart', goal: 'corpArrGrowth' });

        const explained = GoalExplanationSchema.parse(await client.connection.sendRequest(EXPLAIN_GOAL_REQUEST, { goal: 'fillClasses' })) as GoalExplanation;
        const report = smartJson('report', 'faulty/faulty.smart');
        expect(explained.goal).toEqual(report.goals.find((goal: { name: string }) => goal.name === 'fillClasses'));
        expect(explained.problems.length).toBeGreaterThan(0);
        expect(await client.connection.sendRequest(EXPLAIN_GOAL_REQUEST, { goal: 'fillClases' })).toEqual({ problem: "no goal named 'fillClases' in these plans; did you mean 'fillClasses'?" });
        const corporate = await client.connection.sendRequest(EXPLAIN_GOAL_REQUEST, { goal: 'corpArrGrowth' }) as GoalExplanation;
        expect(corporate.aligned.map(goal => `${goal.file} ${goal.goal}`)).toEqual(['corporate/emea-unit.smart emeaArr', 'corporate/nordics-unit.smart nordicsArr']);
        expect(corporate.aligned[0]).toEqual({ file: 'corporate/emea-unit.smart', goal: 'emeaArr', title: expect.any(String), status: 'on-track' });
        expect(await client.connection.sendRequest(EXPLAIN_GOAL_REQUEST, { goal: 'growMembers', within: [uriOf('coaching')] })).toMatchObject({ file: 'coaching/acme-coaching.smart' });
    });

    test('an open plan is answered with its text as edited, not as saved', async () => {
        const uri = uriOf('coaching/acme-coaching.smart');
        const text = readFileSync(join(root, 'coaching/acme-coaching.smart'), 'utf8');
        expect(text).toContain('owner becki');
        await client.open(uri, text.replace('owner becki', 'owner nobodyAtAll'));
        const answer = await client.connection.sendRequest(DIAGNOSTICS_REQUEST, { within: [uri] }) as LintAnswer;
        expect(answer.files[0].diagnostics.map(diagnostic => diagnostic.message).join('\n')).toContain('nobodyAtAll');
    });

    test('params that are not the protocol\'s are request errors, and the server answers on', async () => {
        await expect(client.connection.sendRequest(GOAL_LIST_REQUEST, { statuses: ['late'] })).rejects.toMatchObject({ code: -32602 });
        await expect(client.connection.sendRequest(EXPLAIN_GOAL_REQUEST, { within: 'x' })).rejects.toMatchObject({ code: -32602 });
        await expect(client.connection.sendRequest(DIAGNOSTICS_REQUEST, { within: [42] })).rejects.toMatchObject({ code: -32602 });
        expect((await client.connection.sendRequest(DIAGNOSTICS_REQUEST) as LintAnswer).files).toHaveLength(8);
    });
});

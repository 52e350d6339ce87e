// `smart mcp`'s one write tool, record_checkins: absent without --allow-write, and with it
// writing exactly the bytes `smart checkin` writes (one entry, many entries as from a CSV
// file, a CRLF plan with a byte-order mark, --replace, the default date), checking every
// entry before writing anything, and writing nothing on a dry run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runSmart } from '../cli/run-smart.js';
import { scratch } from '../cli/scratch.js';
import { callTool, callToolError, connect, TODAY, type Connected } from './mcp-helpers.js';

const PLAN = `plan "Acme" {
    owner ann
    period 2027-01-01 to 2027-12-31
    review every 1 month
}

import "./corporate.smart"

person ann "Ann"

metric members "Members" unit count
metric churn "Churn" unit %

// Membership: the goal that matters.
goal grow "Grow" {
    metric members
    baseline 100 on 2027-01-01
    target 200 by 2027-12-31
    owner ann
}

goal reduce "Reduce churn" {
    metric churn
    baseline 8% on 2027-01-01
    target 4% by 2027-12-31
    owner ann
}

checkin 2027-02-01 { grow 120 } // a one-line block

checkin 2027-03-01 {
    // measured from the CRM export
    grow 135 confidence high "Webinar spike"
}
`;

const CORPORATE = 'metric revenue "Revenue" unit USD\ngoal corporateGrowth "Grow revenue" { metric revenue baseline 1 on 2027-01-01 target 2 by 2027-12-31 }\n';

/** Two identical folders: one for `smart checkin`, one served by `smart mcp --allow-write`. */
function twins(plan = PLAN): { cli: string; mcp: string } {
    const files = { 'plans/plan.smart': plan, 'plans/corporate.smart': CORPORATE };
    return { cli: scratch(files), mcp: scratch(files) };
}

const planBytes = (dir: string) => readFileSync(join(dir, 'plans/plan.smart'));

function smartCheckin(dir: string, ...args: string[]): void {
    const run = runSmart(['checkin', 'plans/plan.smart', ...args, '--today', TODAY], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
}

describe('smart mcp: record_checkins', () => {
    test('is not there without --allow-write', async () => {
        const { mcp } = twins();
        const server = await connect(mcp);
        try {
            const { tools } = await server.client.listTools();
            expect(tools.map(tool => tool.name)).not.toContain('record_checkins');
            expect(await callToolError(server.client, 'record_checkins', { path: 'plans/plan.smart', entries: [{ goal: 'grow', value: '150' }] })).toMatch(/Tool record_checkins not found/);
            expect(planBytes(mcp).toString()).toBe(PLAN);
            expect(server.stderr()).toContain('(read-only)');
        } finally {
            await server.close();
        }
    });

    describe('with --allow-write', () => {
        let folders: { cli: string; mcp: string };
        let server: Connected;
        beforeAll(async () => {
            folders = twins();
            server = await connect(folders.mcp, ['--allow-write', '--today', TODAY]);
        });
        afterAll(async () => {
            await server?.close();
        });

        test('is listed as a tool that writes', async () => {
            const { tools } = await server.client.listTools();
            const tool = tools.find(candidate => candidate.name === 'record_checkins');
            expect(tool?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: true });
        });

        test('one entry with a confidence and a note writes the bytes smart checkin writes', async () => {
            smartCheckin(folders.cli, 'grow', '150', '--date', '2027-03-10', '--confidence', 'medium', '--note', 'Spring "push" \\ done');
            const answer = await callTool(server.client, 'record_checkins', { path: 'plans/plan.smart', entries: [{ goal: 'grow', value: 150, date: '2027-03-10', confidence: 'medium', note: 'Spring "push" \\ done' }] });
            expect(answer).toMatchObject({ file: 'plans/plan.smart', added: 1, unchanged: 0, replaced: 0, written: true });
            expect(answer.changes.changes).toEqual([{ file: 'plans/plan.smart', kind: 'goal', name: 'grow', change: 'changed', field: 'checkin', new: '2027-03-10 150 confidence medium "Spring "push" \\ done"', class: 'neutral' }]);
            expect(planBytes(folders.mcp).equals(planBytes(folders.cli))).toBe(true);
        });

        test('many entries write what smart checkin --from FILE.csv writes; the same again changes nothing', async () => {
            const csv = 'date,goal,value,confidence,note\n2027-01-31,grow,119,low,\n2027-03-12,reduce,7.5%,,\n2027-03-12,corporateGrowth,1.2,,From the board pack\n';
            const { cli } = folders;
            writeFileSync(join(cli, 'april.csv'), csv);
            smartCheckin(cli, '--from', 'april.csv');
            const entries = [
                { goal: 'grow', value: '119', date: '2027-01-31', confidence: 'low' },
                { goal: 'reduce', value: '7.5%', date: '2027-03-12' },
                { goal: 'corporateGrowth', value: '1.2', date: '2027-03-12', note: 'From the board pack' }
            ];
            expect(await callTool(server.client, 'record_checkins', { path: 'plans/plan.smart', entries })).toMatchObject({ added: 3, written: true });
            expect(planBytes(folders.mcp).equals(planBytes(cli))).toBe(true);
            const again = await callTool(server.client, 'record_checkins', { path: 'plans/plan.smart', entries });
            expect(again).toMatchObject({ added: 0, unchanged: 3, written: false, changes: { changes: [] } });
            expect(planBytes(folders.mcp).equals(planBytes(cli))).toBe(true);
        });

        test('an entry without a date is recorded on the server\'s today, as smart checkin --today does', async () => {
            smartCheckin(folders.cli, 'grow', '160');
            expect(await callTool(server.client, 'record_checkins', { path: 'plans/plan.smart', entries: [{ goal: 'grow', value: '160' }] })).toMatchObject({ added: 1 });
            expect(planBytes(folders.mcp).toString()).toContain(`checkin ${TODAY} {`);
            expect(planBytes(folders.mcp).equals(planBytes(folders.cli))).toBe(true);
        });

        test('another value on the same date is refused, nothing written; replace rewrites it as --replace does', async () => {
            const before = planBytes(folders.mcp);
            const refused = await callToolError(server.client, 'record_checkins', { path: 'plans/plan.smart', entries: [{ goal: 'grow', value: '137', date: '2027-03-01' }] });
            expect(refused).toBe("nothing was written to plans/plan.smart:\nentry 1 (grow on 2027-03-01): goal 'grow' already has 135 on 2027-03-01; give --replace to write 137 instead (replace: true rewrites it)");
            expect(planBytes(folders.mcp).equals(before)).toBe(true);
            smartCheckin(folders.cli, 'grow', '137', '--date', '2027-03-01', '--replace');
            expect(await callTool(server.client, 'record_checkins', { path: 'plans/plan.smart', entries: [{ goal: 'grow', value: '137', date: '2027-03-01' }], replace: true })).toMatchObject({ replaced: 1 });
            expect(planBytes(folders.mcp).equals(planBytes(folders.cli))).toBe(true);
        });

        test('every entry is checked first: one bad entry among good ones writes nothing and names each problem', async () => {
            const before = planBytes(folders.mcp);
            const refused = await callToolError(server.client, 'record_checkins', {
                path: 'plans/plan.smart',
                entries: [{ goal: 'grow', value: '170', date: '2027-03-14' }, { goal: 'nope', value: '1', date: '2027-03-14' }, { goal: 'reduce', value: '15', date: '2027-02-30' }]
            });
            expect(refused.split('\n')).toEqual([
                'nothing was written to plans/plan.smart:',
                "entry 2 (nope on 2027-03-14): no goal 'nope' is declared in the plan or in a plan it imports",
                "entry 3 (reduce on 2027-02-30): '2027-02-30' is not a real date: February 2027 has no day 30"
            ]);
            expect(planBytes(folders.mcp).equals(before)).toBe(true);
            expect(await callToolError(server.client, 'record_checkins', { path: 'plans/plan.smart', entries: [] })).toMatch(/Input validation error/);
            expect(await callToolError(server.client, 'record_checkins', { path: 'plans', entries: [{ goal: 'grow', value: '1' }] })).toBe('plans: record_checkins writes into one plan file, not a folder of 2');
        });

        test('a dry run answers the change and writes nothing', async () => {
            const before = planBytes(folders.mcp);
            const answer = await callTool(server.client, 'record_checkins', { path: 'plans/plan.smart', entries: [{ goal: 'reduce', value: '7%', date: '2027-03-13' }], dryRun: true });
            expect(answer).toMatchObject({ added: 1, written: false, changes: { summary: { changed: 1 } } });
            expect(planBytes(folders.mcp).equals(before)).toBe(true);
        });
    });

    test('keeps CRLF line breaks and a byte-order mark, as smart checkin does', async () => {
        const folders = twins('\uFEFF' + PLAN.replace(/\n/g, '\r\n'));
        const server = await connect(folders.mcp, ['--allow-write']);
        try {
            smartCheckin(folders.cli, 'grow', '150', '--date', '2027-03-10');
            await callTool(server.client, 'record_checkins', { path: 'plans/plan.smart', entries: [{ goal: 'grow', value: '150', date: '2027-03-10' }] });
            const bytes = planBytes(folders.mcp);
            expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
            expect(bytes.equals(planBytes(folders.cli))).toBe(true);
        } finally {
            await server.close();
        }
    });
});

// `smart mcp` through the MCP SDK's own client over stdio, on a copy of examples/: the
// tools it lists, and each tool's answer against what the CLI prints for the same plans
// (`smart lint --format json`, `smart report --format json`, `smart diff --base --format json`).
// Run `npx tsc -b` first (it runs the build).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOAL_STATUSES, ROLLUP_ORDER, SMART_LETTERS } from '@smart-plan/language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot, runSmart } from '../cli/run-smart.js';
import { callTool, callToolError, connect, examplesCopy, TODAY, type Connected } from './mcp-helpers.js';

const PLANS = [
    'b2b-services/brightpath-consulting.smart',
    'coaching/acme-coaching.smart',
    'corporate/corporate.smart',
    'corporate/emea-unit.smart',
    'corporate/nordics-unit.smart',
    'faulty/faulty.smart',
    'faulty/team.smart',
    'journey/saas-onboarding.smart'
];

function smartJson(cwd: string, args: string[]): any {
    const run = runSmart([...args, '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
}

describe('smart mcp: the tools, on the examples', () => {
    let root: string;
    let server: Connected;
    const reports = new Map<string, any>();

    beforeAll(async () => {
        root = examplesCopy();
        server = await connect(root, ['--today', TODAY]);
        for (const plan of PLANS) {
            reports.set(plan, smartJson(root, ['report', plan, '--today', TODAY]));
        }
    });
    afterAll(async () => {
        await server?.close();
    });

    test('lists the read-only tools, each described, with input and output schemas, and no write tool', async () => {
        const { tools } = await server.client.listTools();
        expect(tools.map(tool => tool.name)).toEqual(['lint_plans', 'get_plan_report', 'list_goals', 'explain_goal', 'diff_plans']);
        for (const tool of tools) {
            expect(tool.description!.length, tool.name).toBeGreaterThan(80);
            expect(tool.inputSchema.type, tool.name).toBe('object');
            expect(tool.outputSchema?.type, tool.name).toBe('object');
            expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
        }
        const { resources } = await server.client.listResources();
        expect(resources.map(resource => resource.uri).sort()).toEqual(['smart://rules', ...PLANS.map(plan => `smart://plans/${plan}`)].sort());
    });

    test('lint_plans answers what smart lint --format json prints, for the folder and for paths', async () => {
        const all = await callTool(server.client, 'lint_plans');
        expect(all.files).toEqual(smartJson(root, ['lint', '--today', TODAY]));
        const counted = { error: 0, warning: 0, info: 0 } as Record<string, number>;
        all.files.flatMap((file: any) => file.diagnostics).forEach((diagnostic: any) => counted[diagnostic.severity]++);
        expect(all.counts).toEqual(counted);
        expect(all.counts.error).toBeGreaterThan(0);

        const quiet = await callTool(server.client, 'lint_plans', { paths: ['faulty'], quiet: true });
        expect(quiet.files).toEqual(smartJson(root, ['lint', 'faulty', '--quiet', '--today', TODAY]));
        const glob = await callTool(server.client, 'lint_plans', { paths: ['corporate/*.smart', 'coaching/acme-coaching.smart'] });
        expect(glob.files).toEqual(smartJson(root, ['lint', 'corporate/*.smart', 'coaching/acme-coaching.smart', '--today', TODAY]));
    });

    test('get_plan_report answers what smart report --format json prints, for every example', async () => {
        for (const plan of PLANS) {
            expect(await callTool(server.client, 'get_plan_report', { path: plan }), plan).toEqual(reports.get(plan));
        }
        expect(await callToolError(server.client, 'get_plan_report', { path: 'corporate' })).toMatch(/takes one plan file, not a folder of 3/);
        expect(await callToolError(server.client, 'get_plan_report', { path: 'nowhere.smart' })).toBe('nowhere.smart: no such file or directory');
    });

    test('list_goals lists every goal worst first, with the report\'s status, figures, forecast and roll-up', async () => {
        const listed = await callTool(server.client, 'list_goals');
        const reported = PLANS.flatMap(plan => reports.get(plan).goals.map((goal: any) => ({ plan, goal })));
        expect(listed.goals).toHaveLength(reported.length);
        for (const { plan, goal } of reported) {
            const entry = listed.goals.find((item: any) => item.file === plan && item.name === goal.name);
            expect(entry, `${plan} ${goal.name}`).toMatchObject({
                title: goal.title, status: goal.status, actual: goal.actual, expected: goal.expected, target: goal.target,
                progress: goal.progress, deadline: goal.deadline, forecast: goal.forecast, eta: goal.eta, paceNeeded: goal.paceNeeded,
                failingLetters: SMART_LETTERS.filter(letter => !goal.letters[letter])
            });
        }
        const ranks = listed.goals.map((goal: any) => ROLLUP_ORDER.indexOf(goal.status));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const counts = Object.fromEntries(GOAL_STATUSES.map(status => [status, reported.filter(({ goal }) => goal.status === status).length]).filter(([, n]) => n));
        expect(listed.counts).toEqual(counts);
        // Roll-ups span the folder (smart report of one plan sees only that plan and its
        // imports): a unit goal names the corporate goal it aligns to, which counts it.
        for (const goal of listed.goals) {
            const aligned = listed.goals.filter((other: any) => other.alignsTo?.file === goal.file && other.alignsTo?.goal === goal.name);
            const below = aligned.reduce((sum: number, child: any) => sum + 1 + child.rollup.total, 0);
            expect(goal.rollup.total, goal.name).toBe(below);
        }
        expect(listed.goals.find((goal: any) => goal.name === 'emeaArr').alignsTo).toEqual({ file: 'corporate/corporate.smart', goal: 'corpArrGrowth' });
        expect(listed.goals.find((goal: any) => goal.name === 'corpArrGrowth').rollup).toEqual({ total: 2, worst: 'on-track', counts: { 'on-track': 2 } }); // emeaArr and nordicsArr
        expect(listed.goals.find((goal: any) => goal.name === 'corpNewCustomers').rollup.total).toBe(4); // emeaNewCustomers, emeaPartnerDeals, nordicsNewCustomers and nordicsReferrals under it
    });

    test('"which goals are behind?": list_goals with statuses answers exactly the goals the reports give those statuses', async () => {
        const statuses = ['behind', 'at-risk', 'missed'];
        const behind = await callTool(server.client, 'list_goals', { status: statuses });
        const expected = PLANS.flatMap(plan => reports.get(plan).goals.filter((goal: any) => statuses.includes(goal.status)).map((goal: any) => `${plan} ${goal.name} ${goal.status}`));
        expect(behind.goals.map((goal: any) => `${goal.file} ${goal.name} ${goal.status}`)).toEqual(expected);
        expect(expected).toEqual(['faulty/faulty.smart fillClasses at-risk']);
        const narrowed = await callTool(server.client, 'list_goals', { paths: ['coaching'] });
        expect(new Set(narrowed.goals.map((goal: any) => goal.file))).toEqual(new Set(['coaching/acme-coaching.smart']));
    });

    test('explain_goal gives the status, the rules failing its letters with their fixes, the strategies and tactics serving it, and its alignment', async () => {
        const explained = await callTool(server.client, 'explain_goal', { goal: 'fillClasses' });
        const goal = reports.get('faulty/faulty.smart').goals.find((candidate: any) => candidate.name === 'fillClasses');
        expect(explained.file).toBe('faulty/faulty.smart');
        expect(explained.today).toBe(TODAY);
        expect(explained.goal).toEqual(goal);
        expect(explained.statusWords).toBe('▲ at risk');
        const failing = SMART_LETTERS.filter(letter => !goal.letters[letter]);
        expect(failing.length).toBeGreaterThan(0);
        for (const letter of failing) {
            const problems = explained.problems.filter((problem: any) => problem.letter === letter);
            expect(problems.map((problem: any) => problem.message), letter).toEqual(goal.letterReasons[letter]);
            expect(problems.every((problem: any) => problem.fix.length > 10)).toBe(true);
        }
        const linted = smartJson(root, ['lint', '--today', TODAY]).find((file: any) => file.file === 'faulty/faulty.smart');
        for (const problem of explained.problems) {
            const { letter: _letter, fix: _fix, ...diagnostic } = problem;
            expect(linted.diagnostics, problem.rule).toContainEqual(diagnostic);
        }
        expect(explained.goal.strategies.map((strategy: any) => strategy.name)).toEqual(goal.strategies.map((strategy: any) => strategy.name));

        const corporate = await callTool(server.client, 'explain_goal', { goal: 'corpArrGrowth' });
        expect(corporate.aligned.map((child: any) => `${child.file} ${child.goal}`)).toContain('corporate/emea-unit.smart emeaArr');
        const unit = await callTool(server.client, 'explain_goal', { goal: 'emeaArr', path: 'corporate/emea-unit.smart' });
        expect(unit.alignsTo).toMatchObject({ file: 'corporate/corporate.smart', goal: 'corpArrGrowth', title: corporate.goal.title, status: corporate.goal.status });
    });

    test('explain_goal refuses an unknown goal with a did-you-mean, and a goal in another plan than the one named', async () => {
        expect(await callToolError(server.client, 'explain_goal', { goal: 'fillClases' })).toBe("no goal named 'fillClases' in these plans; did you mean 'fillClasses'?");
        expect(await callToolError(server.client, 'explain_goal', { goal: 'fillClasses', path: 'coaching/acme-coaching.smart' })).toMatch(/^no goal named 'fillClasses' in coaching\/acme-coaching\.smart/);
        expect(await callToolError(server.client, 'explain_goal', { goal: 42 })).toMatch(/Input validation error/);
    });

    test('the resources are the plans\' texts and the rule documentation page', async () => {
        const plan = await server.client.readResource({ uri: 'smart://plans/faulty/team.smart' });
        expect((plan.contents[0] as { text: string }).text).toBe(readFileSync(join(root, 'faulty/team.smart'), 'utf8'));
        const rules = await server.client.readResource({ uri: 'smart://rules' });
        expect((rules.contents[0] as { text: string }).text).toBe(readFileSync(join(repoRoot, 'packages/cli/docs/rules.md'), 'utf8'));
    });
});

describe('smart mcp: diff_plans against a git ref', () => {
    test('answers what smart diff --base REF --format json prints', async () => {
        const root = examplesCopy();
        const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
        git('init', '--quiet');
        git('-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', 'add', '--all');
        git('-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', 'plans');
        const acme = join(root, 'coaching/acme-coaching.smart');
        writeFileSync(acme, readFileSync(acme, 'utf8').replace('target 400 by 2027-12-31', 'target 350 by 2028-03-31'));
        const server = await connect(root);
        try {
            const diff = await callTool(server.client, 'diff_plans', { ref: 'HEAD' });
            expect(diff).toEqual(smartJson(root, ['diff', '--base', 'HEAD']));
            expect(diff.summary.regressions).toBe(2);
            expect(await callTool(server.client, 'diff_plans', { ref: 'HEAD', paths: ['faulty'] })).toEqual(smartJson(root, ['diff', '--base', 'HEAD', 'faulty']));
            expect(await callToolError(server.client, 'diff_plans', { ref: 'no-such-branch' })).toBe("--base: unknown git ref 'no-such-branch'");
            expect(await callToolError(server.client, 'diff_plans', { ref: '--output=/tmp/x' })).toBe("--base: '--output=/tmp/x' is not a git ref");
        } finally {
            await server.close();
        }
    });
});

describe('smart mcp: start-up', () => {
    test('a bad folder or flag is one line on stderr and exit 2, before serving anything', () => {
        const cases: Array<[string[], string]> = [
            [['--root', 'nowhere'], 'smart: --root: nowhere: no such directory\n'],
            [['--root', 'README.md'], 'smart: --root: README.md: not a directory\n'],
            [['--today', '2027-02-30'], "smart: --today: '2027-02-30' is not a real date written YYYY-MM-DD\n"],
            [['--rule', 'nope=off'], "smart: --rule: unknown rule id 'nope'\n"],
            [['examples'], "smart: mcp takes no plan or folder: 'examples' (serve a folder with --root DIR; see smart mcp --help)\n"],
            [['--allow-writes'], "smart: unknown option '--allow-writes' (did you mean --allow-write? see smart mcp --help)\n"]
        ];
        for (const [args, stderr] of cases) {
            const run = runSmart(['mcp', ...args], { input: '' });
            expect(run, args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr });
        }
    });

    test('--help names the tools and how to register the server', () => {
        const run = runSmart(['mcp', '--help']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('lint_plans, get_plan_report, list_goals, explain_goal, diff_plans');
        expect(run.stdout).toContain('npx -y smart-plan mcp --root DIR');
    });
});

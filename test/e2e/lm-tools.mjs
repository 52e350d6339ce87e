// The language-model tools in a real VS Code (code-server's extension host), with no chat
// and no Copilot: a test-only probe extension (lm-probe/, packaged and installed beside the
// SMART extension) calls them with vscode.lm.invokeTool as Copilot's agent mode would, and
// writes their answers and the text of the open plans to .vscode/lm-tools-answers.json.
// Each answer is then compared with what the smart CLI prints for the same plans as edited
// (a copy of the workspace with the editors' texts), and the refusals are checked.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { expect } from './checks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TODAY = '2027-03-15';
const TOOLS = ['smart_explainGoal', 'smart_getPlanReport', 'smart_lintPlans', 'smart_listGoals'];
const WORST_FIRST = ['missed', 'behind', 'at-risk', 'on-track', 'done', 'not-started', 'unknown'];

/** Packages the probe extension into `folder`; returns the .vsix path. */
export function packageLanguageModelProbe(folder) {
    const vsix = join(folder, 'smart-plan-e2e-lm-probe.vsix');
    const vsce = join(root, 'node_modules/.bin/vsce');
    const result = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: join(root, 'test/e2e/lm-probe'), encoding: 'utf8' });
    if (result.status !== 0) {
        throw new Error(`packaging the probe extension failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    }
    return vsix;
}

export async function runLanguageModelToolChecks({ page, check, workspace }) {
    const answersFile = join(workspace, '.vscode/lm-tools-answers.json');
    let probe;
    const invoked = await check('vscode.lm.tools lists the four SMART tools, and vscode.lm.invokeTool answers each', async () => {
        await rm(answersFile, { force: true });
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.fill('>SMART E2E: Invoke Language Model Tools');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'SMART E2E: Invoke Language Model Tools' }).first().waitFor();
        await page.keyboard.press('Enter');
        probe = await waitForJson(answersFile);
        const names = probe.tools.map(tool => tool.name).sort();
        expect(JSON.stringify(names) === JSON.stringify(TOOLS), `vscode.lm.tools has ${names.join(', ') || 'no SMART tool'}`);
        expect(probe.tools.every(tool => tool.description.length > 80 && tool.inputSchema?.type === 'object'), 'a tool without a description or input schema');
        const failed = probe.answers.slice(0, 6).filter(answer => answer.error);
        expect(failed.length === 0, `errors: ${failed.map(answer => `${answer.name}: ${answer.error}`).join('; ')}`);
        return `${names.join(', ')}; ${probe.answers.length} calls`;
    });
    if (!invoked) {
        return;
    }
    const answer = (index) => JSON.parse(probe.answers[index].text);
    const cli = await cliOnEditedPlans(workspace, probe.documents);

    await check('smart_lintPlans answers what smart lint --format json prints for the plans as edited', async () => {
        const linted = answer(2);
        expect(same(linted.files, cli.lint), `tool: ${JSON.stringify(linted.files).slice(0, 300)}\ncli: ${JSON.stringify(cli.lint).slice(0, 300)}`);
        const quiet = answer(3);
        expect(quiet.files.length === 1 && quiet.files[0].file === 'team.smart' && quiet.files[0].diagnostics.every(d => d.severity === 'error'), `paths + quiet: ${JSON.stringify(quiet).slice(0, 300)}`);
        return `${linted.files.length} plans, ${linted.counts.error} errors, ${linted.counts.warning} warnings, ${linted.counts.info} info`;
    });

    await check('smart_getPlanReport and smart_explainGoal answer what smart report --format json gives the goal', async () => {
        const report = answer(4);
        expect(same(report, cli.report), `report differs: ${JSON.stringify(report).slice(0, 300)}`);
        const explained = answer(5);
        const goal = cli.report.goals.find(candidate => candidate.name === 'fillClasses');
        expect(same(explained.goal, goal), `explained goal differs: ${JSON.stringify(explained.goal).slice(0, 300)}`);
        expect(explained.file === 'faulty.smart' && explained.statusWords.length > 2, `explained: ${JSON.stringify(explained).slice(0, 200)}`);
        return `fillClasses: ${explained.statusWords}, ${explained.problems.length} problems, ${explained.goal.strategies.length} strategies`;
    });

    await check('smart_listGoals lists the goals worst first with the report\'s statuses and forecasts, and filters by status', async () => {
        // The workspace holds the coaching plan beside faulty.smart: the report is faulty.smart's.
        const ofFaulty = goals => goals.filter(goal => goal.file === 'faulty.smart');
        const filtered = answer(0);
        const all = answer(1);
        const reported = cli.report.goals;
        const ranks = all.goals.map(goal => WORST_FIRST.indexOf(goal.status));
        expect(ranks.every((rank, index) => index === 0 || ranks[index - 1] <= rank), `not worst first: ${all.goals.map(goal => goal.status).join(', ')}`);
        expect(ofFaulty(all.goals).length === reported.length, `${ofFaulty(all.goals).length} goals of faulty.smart listed, ${reported.length} in its report`);
        for (const goal of reported) {
            const listed = ofFaulty(all.goals).find(item => item.name === goal.name);
            expect(listed && listed.status === goal.status && listed.forecast === goal.forecast && listed.eta === goal.eta, `${goal.name}: ${JSON.stringify(listed)}`);
        }
        // The plan as edited by the scenario has no goal behind: filter on statuses it has.
        const statuses = ['behind', 'at-risk', 'on-track'];
        const expected = reported.filter(goal => statuses.includes(goal.status)).map(goal => goal.name);
        expect(expected.length > 0 && expected.length < reported.length, `the report's statuses: ${reported.map(goal => goal.status).join(', ')}`);
        expect(filtered.goals.every(goal => statuses.includes(goal.status)), `the filter let through: ${filtered.goals.map(goal => goal.status).join(', ')}`);
        expect(same(ofFaulty(filtered.goals).map(goal => goal.name), expected), `${statuses.join('/')}: ${filtered.goals.map(goal => goal.name).join(', ')}, expected ${expected.join(', ')}`);
        return all.goals.map(goal => `${goal.name} ${goal.status}`).join(', ');
    });

    await check('the tools refuse paths outside the workspace and unknown goals, with a message for the model', async () => {
        const [unknownGoal, outsideReport, outsideLint] = probe.answers.slice(6);
        expect(unknownGoal.error === "no goal named 'fillClases' in these plans; did you mean 'fillClasses'?", `unknown goal: ${JSON.stringify(unknownGoal)}`);
        expect(outsideReport.error === "'../../etc/passwd' is outside the workspace folder: give a path inside it, relative to it", `outside: ${JSON.stringify(outsideReport)}`);
        expect(outsideLint.error === "'/etc' is outside the workspace folder: give a path inside it, relative to it", `absolute outside: ${JSON.stringify(outsideLint)}`);
        return [unknownGoal, outsideReport, outsideLint].map(answer => answer.error).join(' | ');
    });
}

/** `smart lint` and `smart report faulty.smart` (JSON) on a copy of the workspace holding the editors' texts. */
async function cliOnEditedPlans(workspace, documents) {
    const copy = join(await mkdtemp(join(tmpdir(), 'smart-e2e-lm-')), 'workspace');
    await cp(workspace, copy, { recursive: true, filter: source => !source.includes(`${workspace}/.vscode`) });
    for (const document of documents) {
        await writeFile(join(copy, document.path), document.text);
    }
    const smart = (...args) => {
        const run = spawnSync(process.execPath, [join(root, 'packages/cli/bin/smart.js'), ...args, '--today', TODAY, '--format', 'json'], { cwd: copy, encoding: 'utf8' });
        if (run.status !== 0 && run.status !== 1) {
            throw new Error(`smart ${args.join(' ')}: exit ${run.status}: ${run.stderr}`);
        }
        return JSON.parse(run.stdout);
    };
    return { lint: smart('lint'), report: smart('report', 'faulty.smart') };
}

function same(a, b) {
    return isDeepStrictEqual(a, b);
}

async function waitForJson(file, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            return JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
            if (Date.now() > deadline) {
                throw new Error(`no answers in ${file} within ${timeoutMs / 1000} s (${error instanceof Error ? error.message : error})`);
            }
            await new Promise(done => setTimeout(done, 250));
        }
    }
}

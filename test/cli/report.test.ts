// `smart report FILE` as a user runs it: the three formats, --out, --today and the
// configuration flags, and the one-line errors with exit 2 (the portfolio of several
// plans: report-portfolio.test.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PlanViewSchema, type PlanView } from '@smart-plan/language';
import { runSmart } from './run-smart.js';

const acme = 'examples/coaching/acme-coaching.smart';
const faulty = 'examples/faulty/faulty.smart';

function jsonReport(file: string, ...flags: string[]): PlanView {
    const run = runSmart(['report', file, '--format', 'json', '--today', '2027-03-15', ...flags]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return PlanViewSchema.parse(JSON.parse(run.stdout));
}

describe('smart report --format json', () => {
    test('the view model: goals with name, title, status, actual, expected, progress, deadline, letters', () => {
        const view = jsonReport(acme);
        expect(view.file).toBe(acme);
        expect(view.today).toBe('2027-03-15');
        expect(view.header?.title).toBe('Acme Coaching 2027');
        expect(view.header?.owner).toEqual({ name: 'john', title: 'John Hackett' });
        expect(view.header?.description).toBe('Grow the coaching network through trusted-advisor content and a community people stay in');
        expect(view.strategies.map(s => s.name)).toEqual(['trustedAdvisor', 'tenMinuteSystem', 'belongHere', 'leaderMultiplier']);
        expect(view.goals[0].strategies).toEqual([
            { name: 'trustedAdvisor', title: 'Position John as the trusted advisor for new distributors' },
            { name: 'tenMinuteSystem', title: 'The ten-minute-a-day system' }
        ]);
        expect(view.journeys[0].steps[0].reactions[0]).toEqual({ tactic: { name: 'advisorPodcast', title: 'Weekly podcast: questions from the field' } });
        expect(view.reviews.map(r => [r.date, r.attendees.length, r.decisions.length])).toEqual([['2027-01-25', 3, 1], ['2027-02-22', 2, 1], ['2027-03-08', 3, 2]]);
        expect(view.skills[0]).toMatchObject({ coach: { name: 'john', title: 'John Hackett' }, supports: [{ name: 'monthlyWebinar', title: 'Monthly live webinar: Prospecting without pestering' }, { name: 'leaderBreakfasts', title: 'Leader breakfasts at company conventions' }] });
        expect(view.budget.total).toEqual([{ amount: 29900, currency: 'USD' }]);
        expect(view.allAfterToday).toBeUndefined();
        expect(view.goals.map(g => g.name)).toEqual(['growMembers', 'growMrr', 'reduceChurn', 'buildList', 'winTeamPlans']);
        const members = view.goals[0];
        expect(members).toMatchObject({
            title: 'Grow paying membership from 120 to 400',
            status: 'on-track',
            actual: 174,
            deadline: '2027-12-31',
            letters: { S: true, M: true, A: true, R: true, T: true }
        });
        expect(members.progress).toBeCloseTo((174 - 120) / (400 - 120) * 100, 6);
        expect(members.expected).toBeGreaterThan(160);
        expect(members.expected).toBeLessThan(174);
        // The forecast: the least-squares line through (0, 120) (31, 143) (59, 162) (70, 174) on the days since Jan 1.
        expect(members.forecast).toBeCloseTo(393.2, 1);
        expect(members.eta).toBe('2028-01-09'); // day 372.99 of the line, rounded up
        expect(members.paceNeeded).toBeCloseTo((400 - 174) / (291 / 30.44), 6);
        const churn = view.goals.find(g => g.name === 'reduceChurn')!;
        expect(churn).toMatchObject({ direction: 'decreasing', actual: 7.1, status: 'on-track' });
        expect(churn.progress).toBeCloseTo(22.5, 6);
        // The review decision about the churn goal is listed on the goal, with its review.
        expect(churn.decisions).toEqual([{ date: '2027-02-22', review: 'February review', text: 'Start win-back calls at day 25 rather than day 30', line: expect.any(Number) }]);
        expect(view.goals.find(g => g.name === 'growMembers')!.decisions).toEqual([]);
    });

    test('--today moves the figures; --rule changes the letters', () => {
        expect(jsonReport(acme, '--today', '2027-02-15').goals[0]).toMatchObject({ actual: 143 });
        expect(jsonReport(acme, '--today', '2026-12-01').allAfterToday).toEqual({ earliest: '2027-01-25' });
        const strict = jsonReport(faulty).goals.find(g => g.name === 'fillClasses')!;
        expect(strict.letters.A).toBe(false);
        const relaxed = jsonReport(faulty, '--rule', 'goal-without-owner=off').goals.find(g => g.name === 'fillClasses')!;
        expect(relaxed.letters.A).toBe(true);
    });

    test('--config reads the given configuration', () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-report-'));
        const config = join(dir, 'strict.json');
        writeFileSync(config, JSON.stringify({ today: '2027-02-15' }));
        const view = jsonReport(acme, '--config', config);
        expect(view.today).toBe('2027-03-15'); // --today wins over the file
        const run = runSmart(['report', acme, '--format', 'json', '--config', config]);
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout).today).toBe('2027-02-15');
    });
});

describe('smart report --format html (the default)', () => {
    test('one self-contained document: CSP, inline style, no script, no external URL', () => {
        const run = runSmart(['report', acme, '--today', '2027-03-15']);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        const html = run.stdout;
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).toContain('<meta charset="utf-8">');
        expect(html).toContain('Content-Security-Policy');
        expect(html).toContain('<title>Acme Coaching 2027 — progress report</title>');
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/https?:\/\//);
        expect(html.match(/<article class="sp-goal /g)).toHaveLength(5);
        expect(html.match(/<svg class="sp-chart-svg"/g)).toHaveLength(5);
        expect(html).toContain('Halve monthly churn');
        expect(html).toContain('<p class="sp-plan-file">examples/coaching/acme-coaching.smart</p>');
        expect(html.match(/<article class="sp-card sp-strategy"/g)).toHaveLength(4);
        expect(html).toContain('Goals at a glance');
    });

    test('--out writes the file and says so', () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-report-'));
        const out = join(dir, 'report.html');
        const run = runSmart(['report', acme, '--today', '2027-03-15', '--out', out]);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(`wrote ${out}\n`);
        expect(readFileSync(out, 'utf8')).toContain('Acme Coaching 2027');
    });
});

describe('smart report --format markdown', () => {
    test('a table of goals with status, actual/target, progress, forecast, deadline and letters', () => {
        const run = runSmart(['report', faulty, '--format', 'markdown', '--today', '2027-03-15']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('# Harbor Yoga 2027 — progress report');
        expect(run.stdout).toContain('| Goal | Status | Actual / target | Progress | Forecast | Deadline | SMART |');
        expect(run.stdout).toContain('| [Fill the morning classes](#fill-the-morning-classes) | ▲ At risk | 50% / 75% | 17% | 76% | 31 Dec 2027 (291 days left) | S M · · T |');
        expect(run.stdout).toContain('| 2 | Books a first class | ⚠ **no reaction planned** | Stakeholders: The partner who minds the kids · Worst case: Never finds a free evening |');
    });

    test('the coaching example: every section, in people\'s words', () => {
        const run = runSmart(['report', acme, '--format', 'markdown', '--today', '2027-03-15']);
        expect(run.code).toBe(0);
        const headings = run.stdout.split('\n').filter(line => line.startsWith('## '));
        expect(headings).toEqual(['## Goals at a glance', '## Goals', '## Strategies and tactics', '## Budget', '## Ideal clients', '## Buying journeys', '## SWOT', '## Reviews', '## Skills', '## People', '## Metrics']);
        expect(run.stdout).toContain('| Owner | John Hackett |');
        expect(run.stdout).toContain('- **Owner:** Becki Hackett · **For:** Part-time network marketer, 0-2 years in · **Metric:** Paying members (count)');
        expect(run.stdout).toContain('- **Status:** ● On track · actual 8,900 USD, expected today 8,029 USD, target 22,000 USD (19% of the way from 5,880 USD)');
        expect(run.stdout).toContain('| 1 | Sees a clip or hears the podcast | Weekly podcast: questions from the field; 30-second clips of John answering one objection | Competitors: Free training groups run by upline leaders |');
        expect(run.stdout).toContain('**Total:** 29,900 USD');
        // names (john, networkBuilder) appear nowhere but in the anchors of links
        expect(run.stdout.replace(/\]\(#[^)]*\)/g, ']')).not.toMatch(/\bjohn\b|networkBuilder|advisorPodcast|file:/);
    });
});

describe('smart report errors: one line, exit 2', () => {
    test.each([
        [['report'], 'smart: report needs a plan file, or several plans (smart report FILE, smart report PATHS...)'],
        [['report', 'missing.smart'], 'smart: missing.smart: no such file or directory'],
        [['report', 'README.md'], 'smart: README.md: not a .smart file'],
        [['report', acme, '--format', 'pdf'], 'smart: --format: unknown format \'pdf\' (expected html, markdown, json)'],
        [['report', acme, '--today', '2027-02-30'], 'smart: --today: \'2027-02-30\' is not a real date written YYYY-MM-DD'],
        [['report', acme, '--rule', 'nonsense=error'], 'smart: --rule: unknown rule id \'nonsense\''],
        [['report', acme, '--config', 'nowhere.json'], 'smart: --config: nowhere.json: no such file'],
        [['report', acme, '--out', '/nonexistent-dir/report.html'], 'smart: --out: /nonexistent-dir/report.html: cannot write the file (ENOENT)'],
        [['report', acme, '--colour'], 'smart: unknown option \'--colour\' (see smart report --help)']
    ])('%j', (args, message) => {
        const run = runSmart(args);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
        expect(run.stderr.startsWith(message)).toBe(true);
    });

    test('--help and the command list', () => {
        const help = runSmart(['report', '--help']);
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(/^Usage: smart report FILE/);
        expect(help.stdout).toContain('--format FORMAT');
        expect(runSmart(['--help']).stdout).toMatch(/report\s+write the progress report of a plan/);
    });
});

describe('smart report on a plan with syntax errors', () => {
    const broken = `plan "Broken" { owner p period 2027-01-01 to 2027-12-31 review every 1 month }
person p "P"
goal review "Review the leads" { owner p target 10 by 2027-06-30 }
goal g "G" { owner p target 10 by }
`;

    test.each(['html', 'markdown'])('--format %s: written, the errors listed at its top, exit 1', format => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-report-'));
        writeFileSync(join(dir, 'broken.smart'), broken);
        const run = runSmart(['report', 'broken.smart', '--format', format, '--today', '2027-03-15'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stderr).toBe('smart: broken.smart: 2 syntax errors, listed at the top of the report, which shows only what parsed\n');
        const top = run.stdout.slice(0, run.stdout.indexOf(format === 'html' ? '<div class="sp-report">' : '| Plan | |'));
        expect(top).toContain('This plan has 2 syntax errors: the report shows only what parsed.');
        expect(top).toContain('line 3, column 6');
        expect(top).toContain('line 4, column 35');
        expect(run.stdout).toContain('Review the leads'); // what parsed is still reported
    });

    test('--format json: the view model on stdout, the errors on stderr, exit 1', () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-report-'));
        writeFileSync(join(dir, 'broken.smart'), broken);
        const run = runSmart(['report', 'broken.smart', '--format', 'json', '--today', '2027-03-15', '--out', 'report.json'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('wrote report.json\n');
        expect(run.stderr.split('\n')).toEqual([
            "broken.smart:3:6: 'review' is a reserved word, so it cannot name a goal: choose another name (e.g. 'reviewGoal').",
            expect.stringMatching(/^broken\.smart:4:35: Expected a date .* but found `\}`\.$/),
            'smart: broken.smart: 2 syntax errors (above); the report shows only what parsed',
            ''
        ]);
        expect(PlanViewSchema.parse(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).goals.map(goal => goal.name)).toEqual(['review', 'g']);
    });
});

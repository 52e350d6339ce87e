// Reviewed regressions (cli.md, `smart diff`): a regression is reviewed when the change
// adds a review (new by date and title, in any compared file) with a decision about its
// goal; a strategy's or a tactic's regression by a decision about a goal the strategy
// serves. --fail-on unreviewed fails only on the others, in every format, and through
// git's diff driver.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runSmart } from '../cli/run-smart.js';
import { comparePlans, type FileChange } from '../../packages/cli/src/diff/compare-plans.js';
import { scratchDir, writeFiles } from './diff-helpers.js';

const bin = fileURLToPath(new URL('../../packages/cli/bin/smart.js', import.meta.url));

const PLAN = `person ann "Ann"
metric m "M" unit count
goal grow "Grow" {
    metric m
    baseline 100 on 2027-01-01
    target 400 by 2027-12-31
    owner ann
}
goal keep "Keep" {
    metric m
    baseline 30 on 2027-01-01
    target 50 by 2027-12-31
}
strategy voice "Voice" {
    serves grow
    message "Hello"
}
tactic post "Post" {
    executes voice
    owner ann
}
review 2027-01-20 "January review" {
    decision "Start with webinars" about grow
}
`;

const LOWERED = PLAN.replace('target 400 by', 'target 350 by');
const REVIEW = (title: string, about: string) => `review 2027-03-08 "${title}" {\n    attendee ann\n    decision "Lower the target: the spring market shrank" about ${about}\n}\n`;

async function compare(files: Record<string, [string | undefined, string | undefined]>): Promise<FileChange[]> {
    const pairs = Object.entries(files).map(([file, [before, after]]) => ({
        file,
        old: before === undefined ? undefined : { path: `/plans/${file}`, label: `old ${file}`, text: before },
        new: after === undefined ? undefined : { path: `/plans/${file}`, label: `new ${file}`, text: after }
    }));
    const reader = (side: 0 | 1) => (path: string) => files[path.slice('/plans/'.length)]?.[side];
    return comparePlans(pairs, { old: reader(0), new: reader(1) });
}

const regressions = (changes: FileChange[]) => changes.filter(c => c.class === 'regression').map(c => [c.kind, c.name, c.review?.title ?? null]);

describe('reviewed regressions', () => {
    test('a review added in the same file with a decision about the goal reviews its regression', async () => {
        const changes = await compare({ 'plan.smart': [PLAN, LOWERED + REVIEW('Q1 review', 'grow')] });
        expect(regressions(changes)).toEqual([['goal', 'grow', 'Q1 review']]);
        expect(changes.find(c => c.class === 'regression')!.review).toEqual({ file: 'plan.smart', date: '2027-03-08', title: 'Q1 review', decision: 'Lower the target: the spring market shrank' });
    });

    test('a review in another compared file counts too', async () => {
        const changes = await compare({
            'plan.smart': [PLAN, LOWERED],
            'reviews.smart': ['import "./plan.smart"\n', `import "./plan.smart"\n${REVIEW('Q1 review', 'grow')}`]
        });
        expect(regressions(changes)).toEqual([['goal', 'grow', 'Q1 review']]);
    });

    test('a review that was already there (an earlier commit) does not review this change; nor one about another goal', async () => {
        const earlier = await compare({ 'plan.smart': [PLAN + REVIEW('Q1 review', 'grow'), LOWERED + REVIEW('Q1 review', 'grow')] });
        expect(regressions(earlier)).toEqual([['goal', 'grow', null]]);
        const other = await compare({ 'plan.smart': [PLAN, LOWERED + REVIEW('Q1 review', 'keep')] });
        expect(regressions(other)).toEqual([['goal', 'grow', null]]);
        // A review renamed (another title on the same date) is a new review.
        const renamed = await compare({ 'plan.smart': [PLAN + REVIEW('Draft', 'grow'), LOWERED + REVIEW('Q1 review', 'grow')] });
        expect(regressions(renamed)).toEqual([['goal', 'grow', 'Q1 review']]);
    });

    test('a tactic losing its strategy is reviewed by a decision about a goal that strategy serves', async () => {
        const unlinked = PLAN.replace('    executes voice\n', '');
        expect(regressions(await compare({ 'plan.smart': [PLAN, unlinked + REVIEW('Channel review', 'grow')] }))).toEqual([['tactic', 'post', 'Channel review']]);
        expect(regressions(await compare({ 'plan.smart': [PLAN, unlinked + REVIEW('Channel review', 'keep')] }))).toEqual([['tactic', 'post', null]]);
    });
});

describe('smart diff with reviews', () => {
    const dir = () => scratchDir({ 'old.smart': PLAN, 'new.smart': LOWERED.replace('target 50 by 2027-12-31', 'target 40 by 2027-12-31') + REVIEW('Q1 review', 'grow') });

    test('text, markdown and json say which regressions are reviewed, and by which decision', () => {
        const cwd = dir();
        const text = runSmart(['diff', 'old.smart', 'new.smart'], { cwd }).stdout;
        expect(text).toContain('  goal grow: target lowered 400 → 350 (−50, −12.5%) — regression, reviewed 2027-03-08 "Q1 review": Lower the target: the spring market shrank\n');
        expect(text).toContain('  goal keep: target lowered 50 → 40 (−10, −20%) — regression, not reviewed\n');
        expect(text).toContain('2 regressions (1 not reviewed)');
        const markdown = runSmart(['diff', 'old.smart', 'new.smart', '--format', 'markdown'], { cwd }).stdout;
        expect(markdown).toContain('⚠️ 1 regression needs a review');
        expect(markdown).toContain('| 🔴 **regression** | `grow` | target lowered 400 → 350 (−50, −12.5%) | ✅ 2027-03-08 "Q1 review": “Lower the target: the spring market shrank” |');
        expect(markdown).toContain('| 🔴 **regression** | `keep` | target lowered 50 → 40 (−10, −20%) | **needs a review** |');
        const json = JSON.parse(runSmart(['diff', 'old.smart', 'new.smart', '--format', 'json'], { cwd }).stdout);
        expect(json.summary).toMatchObject({ regressions: 2, unreviewed: 1 });
        expect(json.changes.filter((c: { class: string }) => c.class === 'regression').map((c: { name: string; review: unknown }) => [c.name, c.review])).toEqual([
            ['grow', { file: 'new.smart', date: '2027-03-08', title: 'Q1 review', decision: 'Lower the target: the spring market shrank' }],
            ['keep', null]
        ]);
    });

    test('--fail-on unreviewed exits 1 while a regression is not reviewed, 0 once every one is', () => {
        const cwd = dir();
        expect(runSmart(['diff', 'old.smart', 'new.smart', '--fail-on', 'unreviewed'], { cwd }).code).toBe(1);
        expect(runSmart(['diff', 'old.smart', 'new.smart', '--fail-on', 'regression'], { cwd }).code).toBe(1);
        writeFiles(cwd, { 'reviewed.smart': LOWERED + REVIEW('Q1 review', 'grow') });
        expect(runSmart(['diff', 'old.smart', 'reviewed.smart', '--fail-on', 'unreviewed'], { cwd }).code).toBe(0);
        expect(runSmart(['diff', 'old.smart', 'reviewed.smart', '--fail-on', 'regression'], { cwd }).code).toBe(1);
    });

    test('git diff with the driver shows the review', () => {
        const cwd = scratchDir({ 'plan.smart': PLAN, '.gitattributes': '*.smart diff=smart\n' });
        const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' } });
        git('init', '--quiet');
        git('config', 'user.name', 'T');
        git('config', 'user.email', 't@example.com');
        git('config', 'commit.gpgsign', 'false');
        git('config', 'diff.smart.command', `"${process.execPath}" "${bin}" diff --git`);
        git('add', '--all');
        git('commit', '--quiet', '-m', 'plan');
        writeFiles(cwd, { 'plan.smart': LOWERED + REVIEW('Q1 review', 'grow') });
        expect(git('diff')).toContain('goal grow: target lowered 400 → 350 (−50, −12.5%) — regression, reviewed 2027-03-08 "Q1 review": Lower the target: the spring market shrank');
        expect(join(cwd, 'plan.smart')).toBeTruthy();
    });
});

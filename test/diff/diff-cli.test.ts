// `smart diff OLD NEW` as a user runs it: the three formats, --fail-on, /dev/null for an
// absent plan, and one-line errors with exit 2. Run `npx tsc -b` first (it runs the build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiffText } from '../../packages/cli/src/diff/format-text.js';
import { repoRoot, runSmart } from '../cli/run-smart.js';
import { scratchDir } from './diff-helpers.js';

const ACME = readFileSync(join(repoRoot, 'examples/coaching/acme-coaching.smart'), 'utf8');

/** The coaching example, edited as a pull request might: a lower target, a slipped deadline and more. */
const EDITED = ACME
    .replace('target 400 by 2027-12-31', 'target 350 by 2028-03-31')
    .replace('    benchmark 240 by 2027-06-30\n', '')
    .replace('target 4% by 2027-12-31', 'target 3% by 2027-12-31')
    .replace('budget 500 USD per month', 'budget 650 USD per month')
    .replace(/\btrustedAdvisor\b/g, 'trustedGuide')
    + '\ngoal retainLeaders "Keep team leaders a second year" {\n    metric teamPlans\n    owner john\n}\n';

function plans(files: Record<string, string> = {}): string {
    return scratchDir({ 'old.smart': ACME, 'new.smart': EDITED, ...files });
}

describe('smart diff OLD NEW', () => {
    test('identical plans print one line and exit 0', () => {
        const dir = plans({ 'same.smart': ACME });
        const run = runSmart(['diff', 'old.smart', 'same.smart'], { cwd: dir });
        expect(run).toMatchObject({ code: 0, stdout: 'no semantic changes\n', stderr: '' });
    });

    test('a reformatted plan is no semantic change', () => {
        const reformatted = ACME.replace(/\n {4}/g, '\n\t').replace(/ +\/\/.*$/gm, '').replace('target 400 by 2027-12-31', 'target 400 by 2027-Q4');
        const run = runSmart(['diff', 'old.smart', 'reformatted.smart'], { cwd: plans({ 'reformatted.smart': reformatted }) });
        expect(run.stdout).toBe('no semantic changes\n');
    });

    test('text: one line per change under the file, classes named, then the summary', () => {
        const run = runSmart(['diff', 'old.smart', 'new.smart'], { cwd: plans() });
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe([
            'new.smart',
            '  goal growMembers: target lowered 400 → 350 (−50, −12.5%) — regression, not reviewed',
            '  goal growMembers: deadline slipped 91 days (2027-12-31 → 2028-03-31) — regression, not reviewed',
            '  goal growMembers: benchmark 240 by 2027-06-30 removed — regression, not reviewed',
            '  goal reduceChurn: target lowered 4% → 3% (−1 pt, −25%) — improvement',
            '  goal retainLeaders: added "Keep team leaders a second year" — improvement',
            '  strategy trustedGuide: renamed from trustedAdvisor',
            '  tactic monthlyWebinar: budget raised 500 → 650 USD per month (+150, +30%)',
            '',
            '1 added, 0 removed, 4 changed, 3 regressions (3 not reviewed)',
            ''
        ].join('\n'));
        expect(run.stdout).not.toMatch(/\u001b\[/); // not a terminal: no colour
    });

    test('text is coloured only when asked', () => {
        const change = { file: 'a.smart', kind: 'goal' as const, name: 'g', element: 'g', change: 'changed' as const, field: 'owner', old: 'p', class: 'regression' as const, detail: 'owner p removed' };
        expect(formatDiffText([change], { color: true })).toContain('\u001b[31mregression\u001b[0m');
        expect(formatDiffText([change], { color: false })).not.toMatch(/\u001b\[/);
    });

    test('--fail-on regression exits 1 when there is one, 0 when there is none', () => {
        const dir = plans({ 'better.smart': ACME.replace('target 400 by 2027-12-31', 'target 450 by 2027-12-31') });
        expect(runSmart(['diff', 'old.smart', 'new.smart', '--fail-on', 'regression'], { cwd: dir }).code).toBe(1);
        const better = runSmart(['diff', 'old.smart', 'better.smart', '--fail-on', 'regression'], { cwd: dir });
        expect(better.code).toBe(0);
        expect(better.stdout).toContain('goal growMembers: target raised 400 → 450 (+50, +12.5%) — improvement');
    });

    test('markdown: the summary line, a table per element kind, regressions first and marked', () => {
        const run = runSmart(['diff', 'old.smart', 'new.smart', '--format', 'markdown'], { cwd: plans() });
        expect(run.code).toBe(0);
        const text = run.stdout;
        expect(text).toContain('**1 added, 0 removed, 4 changed, 3 regressions (3 not reviewed)**');
        expect(text).toContain('⚠️ 3 regressions need a review: record the review that decided it in this change');
        expect(text).toContain('#### Goals\n\n|  | Goal | Change | Review |\n| --- | --- | --- | --- |\n');
        const goalRows = text.slice(text.indexOf('#### Goals'), text.indexOf('#### Strategies')).split('\n').filter(line => line.startsWith('| ') && !line.includes('---') && !line.includes('| Goal |'));
        expect(goalRows.map(row => row.split(' | ')[0])).toEqual(['| 🔴 **regression**', '| 🔴 **regression**', '| 🔴 **regression**', '| 🟢 improvement', '| 🟢 improvement']);
        expect(goalRows[0]).toBe('| 🔴 **regression** | `growMembers` | target lowered 400 → 350 (−50, −12.5%) | **needs a review** |');
        expect(text).toContain('#### Strategies\n\n|  | Strategy | Change |\n| --- | --- | --- |\n|  | `trustedGuide` | renamed from trustedAdvisor |');
        expect(text).toContain('#### Tactics');
        expect(text).not.toContain('#### Journeys');
    });

    test('json: exactly the shape cli.md gives', () => {
        const run = runSmart(['diff', 'old.smart', 'new.smart', '--format', 'json'], { cwd: plans() });
        const output = JSON.parse(run.stdout);
        expect(Object.keys(output)).toEqual(['summary', 'changes']);
        expect(output.summary).toEqual({ added: 1, removed: 0, changed: 4, regressions: 3, unreviewed: 3 });
        expect(output.changes[0]).toEqual({ file: 'new.smart', kind: 'goal', name: 'growMembers', change: 'changed', field: 'target', old: '400', new: '350', class: 'regression', review: null });
        expect(output.changes).toContainEqual({ file: 'new.smart', kind: 'strategy', name: 'trustedGuide', change: 'renamed', old: 'trustedAdvisor', new: 'trustedGuide', class: 'neutral' });
        expect(output.changes).toContainEqual({ file: 'new.smart', kind: 'goal', name: 'retainLeaders', change: 'added', class: 'improvement' });
        for (const change of output.changes) {
            expect(Object.keys(change).every(key => ['file', 'kind', 'name', 'change', 'field', 'old', 'new', 'class', 'review'].includes(key))).toBe(true);
            // A regression says whether it is reviewed (cli.md); nothing else carries a review.
            expect('review' in change).toBe(change.class === 'regression');
        }
    });

    test('json for identical plans is still JSON, with nothing in it', () => {
        const run = runSmart(['diff', 'old.smart', 'old.smart', '--format', 'json'], { cwd: plans() });
        expect(JSON.parse(run.stdout)).toEqual({ summary: { added: 0, removed: 0, changed: 0, regressions: 0, unreviewed: 0 }, changes: [] });
    });

    test('/dev/null stands for a plan added or removed', () => {
        const dir = scratchDir({ 'p.smart': 'person p "P"\ngoal g "G" { owner p }\n' });
        expect(runSmart(['diff', '/dev/null', 'p.smart'], { cwd: dir }).stdout).toBe('p.smart\n  person p: added "P"\n  goal g: added "G" — improvement\n\n2 added, 0 removed, 0 changed, 0 regressions\n');
        const removed = runSmart(['diff', 'p.smart', '/dev/null', '--fail-on', 'regression'], { cwd: dir });
        expect(removed.code).toBe(1);
        expect(removed.stdout).toContain('goal g: removed "G" — regression, not reviewed');
    });

    test('the old plan links its own imports, apart from the new one', () => {
        const dir = scratchDir({
            'v1/plan.smart': 'import "./shared.smart"\ngoal g "G" { metric churn baseline 8 on 2027-01-01 target 4 by 2027-12-31 }\n',
            'v1/shared.smart': 'metric churn "Churn" unit %\n',
            'v2/plan.smart': 'import "./shared.smart"\ngoal g "G" { metric churn baseline 8% on 2027-01-01 target 4% by 2027-12-31 }\n',
            'v2/shared.smart': 'metric churn "Churn" unit count\n'
        });
        // Only with v1's own metric (a % metric) are `8` and `8%` the same value.
        expect(runSmart(['diff', 'v1/plan.smart', 'v2/plan.smart'], { cwd: dir }).stdout).toBe('no semantic changes\n');
    });
});

describe('smart diff: bad input is one line and exit 2', () => {
    const cases: Array<[string, string[], Record<string, string>, string]> = [
        ['a missing file', ['diff', 'old.smart', 'gone.smart'], {}, 'smart: gone.smart: no such file or directory\n'],
        ['a file that is not a plan', ['diff', 'old.smart', 'notes.txt'], { 'notes.txt': 'hi' }, 'smart: notes.txt: not a .smart file\n'],
        ['a directory', ['diff', 'old.smart', 'sub'], { 'sub/x.smart': '' }, 'smart: sub: is a directory; smart diff OLD NEW compares two plan files (or use --base)\n'],
        ['one plan only', ['diff', 'old.smart'], {}, 'smart: diff: expected two plans, OLD and NEW, or --base GIT-REF (see smart diff --help)\n'],
        ['an unknown format', ['diff', 'old.smart', 'new.smart', '--format', 'html'], {}, "smart: --format: unknown format 'html' (expected text, markdown, json)\n"],
        ['an unknown --fail-on', ['diff', 'old.smart', 'new.smart', '--fail-on', 'change'], {}, "smart: --fail-on: unknown value 'change' (expected regression, unreviewed)\n"],
        ['a plan that does not parse', ['diff', 'old.smart', 'broken.smart'], { 'broken.smart': 'person p "P"\ngoal g "G" {\n  owner p\n' },
            'smart: broken.smart:3:10: syntax error, so the plan cannot be compared (smart lint shows it)\n']
    ];
    test.each(cases)('%s', (_, args, files, message) => {
        const run = runSmart(args, { cwd: plans(files) });
        expect(run).toMatchObject({ code: 2, stdout: '', stderr: message });
    });

    test('--help explains the three forms', () => {
        const run = runSmart(['diff', '--help']);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/smart diff OLD NEW/);
        expect(run.stdout).toMatch(/--base GIT-REF/);
        expect(run.stdout).toMatch(/git config diff\.smart\.command "smart diff --git"/);
    });
});

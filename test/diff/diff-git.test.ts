// `smart diff --base REF` and `smart diff --git` in a real, temporary git repository: a plan
// edited, one removed and one added; old versions (and their imports) read through git;
// and the diff driver run by `git diff`, `git diff --cached` and `git log -p`.
// Run `npx tsc -b` first (it runs the build).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, test } from 'vitest';
import { repoRoot, runSmart } from '../cli/run-smart.js';
import { scratchDir, writeFiles } from './diff-helpers.js';

const bin = fileURLToPath(new URL('../../packages/cli/bin/smart.js', import.meta.url));
const ACME = readFileSync(join(repoRoot, 'examples/coaching/acme-coaching.smart'), 'utf8');

function git(dir: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' } });
}

const COMMITTED = {
    'plans/acme.smart': ACME,
    'plans/spring-campaign.smart': 'person ana "Ana"\ngoal springLeads "Spring leads" { owner ana }\n',
    'plans/churn.smart': 'import "../shared/metrics.smart"\nperson bo "Bo"\ngoal lowerChurn "Lower churn" { metric churn baseline 8 on 2027-01-01 target 4 by 2027-12-31 owner bo }\n',
    'shared/metrics.smart': 'metric churn "Monthly churn" unit %\n',
    '.gitignore': 'scratch/\n',
    '.gitattributes': '*.smart diff=smart\n'
};

/**
 * A repository with COMMITTED as its one commit, then in the working tree: acme.smart
 * edited, spring-campaign.smart removed, summer-campaign.smart added, the shared metric's
 * unit changed (with churn.smart writing its values with `%`, the same values only under
 * the old unit), and an ignored plan.
 */
function repository(): string {
    const dir = scratchDir(COMMITTED, 'smart-diff-git-');
    git(dir, 'init', '--quiet');
    git(dir, 'config', 'user.name', 'Smart Test');
    git(dir, 'config', 'user.email', 'smart@example.com');
    git(dir, 'config', 'commit.gpgsign', 'false');
    git(dir, 'config', 'diff.smart.command', `"${process.execPath}" "${bin}" diff --git`);
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', 'plans');
    rmSync(join(dir, 'plans/spring-campaign.smart'));
    writeFiles(dir, {
        'plans/acme.smart': ACME.replace('target 400 by 2027-12-31', 'target 350 by 2028-03-31'),
        'plans/summer-campaign.smart': 'person ana "Ana"\ngoal summerLeads "Summer leads" { owner ana }\n',
        'plans/churn.smart': COMMITTED['plans/churn.smart'].replace('baseline 8 on', 'baseline 8% on').replace('target 4 by', 'target 4% by'),
        'shared/metrics.smart': 'metric churn "Monthly churn" unit count\n',
        'scratch/ignored.smart': 'person x "X"\n'
    });
    return dir;
}

describe('smart diff --base REF', () => {
    let dir: string;
    beforeEach(() => {
        dir = repository();
    });

    test('compares every plan of the working tree with the ref: edited, removed and added plans', () => {
        const run = runSmart(['diff', '--base', 'HEAD', '--format', 'json'], { cwd: dir });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const { summary, changes } = JSON.parse(run.stdout) as { summary: object; changes: Array<Record<string, string>> };
        const brief = changes.map(c => `${c.file} ${c.kind} ${c.name} ${c.change}${c.field ? ` ${c.field}` : ''} ${c.class}`);
        expect(brief).toEqual([
            'plans/acme.smart goal growMembers changed target regression',
            'plans/acme.smart goal growMembers changed deadline regression',
            'plans/spring-campaign.smart person ana removed neutral',
            'plans/spring-campaign.smart goal springLeads removed regression',
            'plans/summer-campaign.smart person ana added neutral',
            'plans/summer-campaign.smart goal summerLeads added improvement',
            'shared/metrics.smart metric churn changed unit neutral'
        ]);
        expect(summary).toEqual({ added: 2, removed: 2, changed: 2, regressions: 3, unreviewed: 3 });
    });

    test('old versions link the files they imported at the ref, read through git', () => {
        // At HEAD churn is a % metric, so churn.smart's `4` then and `4%` now are the same target.
        const run = runSmart(['diff', '--base', 'HEAD', 'plans/churn.smart'], { cwd: dir });
        expect(run).toMatchObject({ code: 0, stdout: 'no semantic changes\n' });
    });

    test('paths narrow the comparison, and are read relative to the current directory', () => {
        const run = runSmart(['diff', '--base', 'HEAD', '.', '--fail-on', 'regression'], { cwd: join(dir, 'plans') });
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('acme.smart\n  goal growMembers: target lowered 400 → 350 (−50, −12.5%) — regression, not reviewed\n');
        expect(run.stdout).toContain('spring-campaign.smart\n  person ana: removed "Ana"\n  goal springLeads: removed "Spring leads" — regression, not reviewed\n');
        expect(run.stdout).not.toContain('metrics.smart');
        expect(run.stdout).not.toContain('ignored');
        expect(run.stdout).toMatch(/\n2 added, 2 removed, 1 changed, 3 regressions \(3 not reviewed\)\n$/);
    });

    test('a glob narrows it as for smart lint, on both sides (a removed plan too); one that matches nothing is exit 2', () => {
        const run = runSmart(['diff', '--base', 'HEAD', 'plans/*-campaign.smart'], { cwd: dir });
        expect(run.stdout).toBe('plans/spring-campaign.smart\n  person ana: removed "Ana"\n  goal springLeads: removed "Spring leads" — regression, not reviewed\n\n'
            + 'plans/summer-campaign.smart\n  person ana: added "Ana"\n  goal summerLeads: added "Summer leads" — improvement\n\n2 added, 2 removed, 0 changed, 1 regression (1 not reviewed)\n');
        expect(runSmart(['diff', '--base', 'HEAD', 'nowhere/**/*.smart'], { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr: "smart: nowhere/**/*.smart: no .smart files match (here or at HEAD)\n" });
    });

    test('a removed plan can be named, and nothing to compare is no semantic change', () => {
        expect(runSmart(['diff', '--base', 'HEAD', 'plans/spring-campaign.smart'], { cwd: dir }).stdout).toContain('goal springLeads: removed');
        git(dir, 'add', '--all');
        git(dir, 'commit', '--quiet', '-m', 'edits');
        expect(runSmart(['diff', '--base', 'HEAD'], { cwd: dir }).stdout).toBe('no semantic changes\n');
    });

    test('an unknown ref, a path that exists nowhere, and no repository are one line and exit 2', () => {
        expect(runSmart(['diff', '--base', 'no-such-branch'], { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr: "smart: --base: unknown git ref 'no-such-branch'\n" });
        expect(runSmart(['diff', '--base', 'HEAD', 'plans/nowhere.smart'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'smart: plans/nowhere.smart: no such file or directory (here or at HEAD)\n' });
        const outside = scratchDir({ 'a.smart': '' });
        const run = runSmart(['diff', '--base', 'HEAD'], { cwd: outside });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^smart: --base: .* is not inside a git repository\n$/);
    });
});

describe('smart diff --git, the external diff driver', () => {
    test('git diff shows semantic diffs of edited and deleted plans', () => {
        const dir = repository();
        const output = git(dir, 'diff');
        expect(output).toContain('plans/acme.smart\n  goal growMembers: target lowered 400 → 350 (−50, −12.5%) — regression, not reviewed\n  goal growMembers: deadline slipped 91 days (2027-12-31 → 2028-03-31) — regression, not reviewed\n');
        expect(output).toContain('plans/spring-campaign.smart\n  person ana: removed "Ana"\n  goal springLeads: removed "Spring leads" — regression, not reviewed\n');
        expect(output).toContain('shared/metrics.smart\n  metric churn: unit % → count\n');
        expect(output).not.toContain('@@'); // no line diff for plans
    });

    test('git diff --cached shows an added plan, and git log -p --ext-diff a committed change', () => {
        const dir = repository();
        git(dir, 'add', 'plans/summer-campaign.smart');
        expect(git(dir, 'diff', '--cached')).toBe('plans/summer-campaign.smart\n  person ana: added "Ana"\n  goal summerLeads: added "Summer leads" — improvement\n\n2 added, 0 removed, 0 changed, 0 regressions\n');
        git(dir, 'add', 'plans/acme.smart');
        git(dir, 'commit', '--quiet', '-m', 'lower the membership target');
        const log = git(dir, 'log', '-p', '--ext-diff', '-1');
        expect(log).toContain('lower the membership target');
        expect(log).toContain('plans/acme.smart\n  goal growMembers: target lowered 400 → 350 (−50, −12.5%) — regression, not reviewed\n');
    });

    test('a reformatted plan is "no semantic changes" under its path', () => {
        const dir = repository();
        writeFiles(dir, { 'plans/acme.smart': ACME.replace(/\n {4}/g, '\n  ') });
        expect(git(dir, 'diff', '--', 'plans/acme.smart')).toBe('plans/acme.smart: no semantic changes\n');
    });

    test('a version that does not parse is said in one line, without stopping git', () => {
        const dir = repository();
        writeFiles(dir, { 'plans/acme.smart': ACME + '\ngoal broken "Broken" {\n' });
        const output = git(dir, 'diff');
        expect(output).toMatch(/^plans\/acme\.smart: no semantic diff: plans\/acme\.smart \(new\):\d+:\d+: syntax error, so the plan cannot be compared \(smart lint shows it\)\n/);
        expect(output).toContain('plans/spring-campaign.smart\n'); // git went on to the next file
    });

    test('the wrong number of arguments is a usage error', () => {
        const run = runSmart(['diff', '--git', 'a.smart', 'b.smart']);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('smart: --git: expected the 7 arguments git passes to a diff driver (path old-file old-hex old-mode new-file new-hex new-mode), got 2\n');
    });
});

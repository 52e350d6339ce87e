// Which files `smart lint` checks (directories, quoted globs, .gitignore) and the exit
// codes a CI job relies on, the same in every CI format.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runSmart, type SmartRun } from './run-smart.js';
import { scratch } from './scratch.js';

const CLEAN = 'person p "P"';
/** One warning: skill-without-coach. */
const ONE_WARNING = 'person p "P"\nskill s "S" { }';
/** Errors: an unresolved reference, and a goal with neither metric nor target. */
const ERRORS = 'goal g "G" { owner nobody }';

/** The files linted, as `--format json` names them. */
function linted(args: string[], cwd: string): string[] {
    const run = runSmart(['lint', ...args, '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as Array<{ file: string }>).map(file => file.file);
}

describe('globs', () => {
    const dir = scratch({
        'plans/a.smart': CLEAN,
        'plans/q1/b.smart': CLEAN,
        'plans/q1/deep/c.smart': CLEAN,
        'plans/notes.md': '# notes',
        'other/d.smart': CLEAN,
        'top.smart': CLEAN
    });

    test('a quoted ** glob matches plans at any depth under its folder', () => {
        expect(linted(['plans/**/*.smart'], dir)).toEqual(['plans/a.smart', 'plans/q1/b.smart', 'plans/q1/deep/c.smart']);
        expect(linted(['./plans/**/*.smart'], dir)).toEqual(['plans/a.smart', 'plans/q1/b.smart', 'plans/q1/deep/c.smart']);
    });

    test('* stays within one folder; brace and ** globs combine with paths, without duplicates', () => {
        expect(linted(['*.smart'], dir)).toEqual(['top.smart']);
        expect(linted(['plans/*/*.smart'], dir)).toEqual(['plans/q1/b.smart']);
        expect(linted(['{plans,other}/*.smart', 'top.smart', 'plans/a.smart'], dir)).toEqual(['other/d.smart', 'plans/a.smart', 'top.smart']);
        expect(linted(['plans/**'], dir)).toEqual(['plans/a.smart', 'plans/q1/b.smart', 'plans/q1/deep/c.smart']);
    });

    test('a glob that matches no plan is exit 2 with one line', () => {
        const run = runSmart(['lint', 'plans/**/*.smrt'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('smart: plans/**/*.smrt: no .smart files match\n');
        expect(runSmart(['lint', 'nowhere/*.smart'], { cwd: dir }).stderr).toBe('smart: nowhere/*.smart: no .smart files match\n');
    });
});

describe('.gitignore', () => {
    test('a directory search skips ignored files and folders; nested files and negations apply', () => {
        const dir = scratch({
            '.git/HEAD': 'ref: refs/heads/main\n',
            '.gitignore': '# drafts are private\nscratch/\n*.draft.smart\n/root-only.smart\n',
            'plans/a.smart': CLEAN,
            'plans/a.draft.smart': CLEAN,
            'plans/scratch/x.smart': CLEAN,     // ignored: a directory pattern
            'plans/scratch.smart': CLEAN,       // kept: `scratch/` matches folders only
            'plans/root-only.smart': CLEAN,     // kept: `/root-only.smart` is anchored at the root
            'root-only.smart': CLEAN,
            'plans/legacy/.gitignore': '*.smart\n!keep.smart\n!*.draft.smart\n',
            'plans/legacy/old.smart': CLEAN,
            'plans/legacy/keep.smart': CLEAN,
            'plans/legacy/v1.draft.smart': CLEAN, // re-included by the deeper file
            'node_modules/pkg/p.smart': CLEAN,
            '.hidden/h.smart': CLEAN
        });
        expect(linted([], dir)).toEqual([
            'plans/a.smart', 'plans/legacy/keep.smart', 'plans/legacy/v1.draft.smart', 'plans/root-only.smart', 'plans/scratch.smart'
        ]);
        // the repository's .gitignore applies when searching below the root, and in globs
        expect(linted(['.'], join(dir, 'plans'))).toEqual(['a.smart', 'legacy/keep.smart', 'legacy/v1.draft.smart', 'root-only.smart', 'scratch.smart']);
        expect(linted(['plans/**/*.smart'], dir)).toEqual([
            'plans/a.smart', 'plans/legacy/keep.smart', 'plans/legacy/v1.draft.smart', 'plans/root-only.smart', 'plans/scratch.smart'
        ]);
    });

    test('a file named on the command line is linted even when ignored; a named ignored folder is an error', () => {
        const dir = scratch({ '.git/HEAD': '', '.gitignore': 'generated/\n*.draft.smart\n', 'generated/g.smart': CLEAN, 'a.draft.smart': CLEAN, 'b.smart': CLEAN });
        expect(linted(['a.draft.smart', 'generated/g.smart'], dir)).toEqual(['a.draft.smart', 'generated/g.smart']);
        const run = runSmart(['lint', 'generated'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('smart: generated: this directory is excluded by .gitignore\n');
    });

    test('.git/info/exclude counts; outside a repository a folder above has no say', () => {
        const dir = scratch({ '.git/info/exclude': 'local.smart\n', 'local.smart': CLEAN, 'shared.smart': CLEAN });
        expect(linted([], dir)).toEqual(['shared.smart']);
        const loose = scratch({ '.gitignore': 'sub/x.smart\n', 'sub/x.smart': CLEAN, 'sub/y.smart': CLEAN });
        expect(linted([], loose)).toEqual(['sub/y.smart']);
        expect(linted(['.'], join(loose, 'sub'))).toEqual(['x.smart', 'y.smart']);
    });
});

// ---------------------------------------------------------------------------------------
// Exit codes
// ---------------------------------------------------------------------------------------

const isRoot = process.getuid?.() === 0;

/**
 * Runs `smart` where chmod 000 blocks reads: as the test's own user, or as `nobody` when
 * the tests run as root (root reads any file). The folder is opened up for `nobody`.
 */
function runUnprivileged(args: string[], cwd: string): SmartRun {
    if (!isRoot) {
        return runSmart(args, { cwd });
    }
    chmodSync(cwd, 0o755);
    const bin = fileURLToPath(new URL('../../packages/cli/bin/smart.js', import.meta.url));
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, uid: 65534, gid: 65534, env: { ...process.env, NO_COLOR: '1', HOME: cwd }, encoding: 'utf8' });
    return { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error) };
}

/**
 * Whether the run could not happen as `nobody`: root without the right to switch, or a
 * checkout `nobody` cannot read (a clone in a private folder such as `mktemp -d`'s), where
 * `smart --version` itself fails. The only reasons to skip.
 */
function cannotDropRoot(run: SmartRun): boolean {
    if (isRoot && run.code === -1 && run.stderr.includes('EPERM')) {
        console.warn('skipped: the tests run as root, where chmod 000 does not block reads, and switching to nobody is not permitted here');
        return true;
    }
    if (isRoot && runUnprivileged(['--version'], scratch({})).code !== 0) {
        console.warn('skipped: user nobody cannot run smart from this checkout (a folder on its path is private)');
        return true;
    }
    return false;
}

const CASES: Array<{ name: string; code: 0 | 1 | 2; run: (format: string) => SmartRun; stderr?: RegExp }> = [
    { name: 'clean', code: 0, run: format => runSmart(['lint', '--format', format], { cwd: scratch({ 'a.smart': CLEAN }) }) },
    { name: 'warnings within --max-warnings', code: 0, run: format => runSmart(['lint', '--format', format, '--max-warnings', '1'], { cwd: scratch({ 'a.smart': ONE_WARNING }) }) },
    { name: 'warnings without --max-warnings', code: 0, run: format => runSmart(['lint', '--format', format], { cwd: scratch({ 'a.smart': ONE_WARNING }) }) },
    { name: 'warnings beyond --max-warnings', code: 1, run: format => runSmart(['lint', '--format', format, '--max-warnings', '0'], { cwd: scratch({ 'a.smart': ONE_WARNING }) }), stderr: /^smart: 1 warnings, more than --max-warnings 0\n$/ },
    { name: 'errors', code: 1, run: format => runSmart(['lint', '--format', format], { cwd: scratch({ 'a.smart': ERRORS }) }) },
    { name: 'a missing path', code: 2, run: format => runSmart(['lint', 'gone.smart', '--format', format], { cwd: scratch({}) }), stderr: /^smart: gone\.smart: no such file or directory\n$/ },
    { name: 'a file that is not a plan', code: 2, run: format => runSmart(['lint', 'notes.txt', '--format', format], { cwd: scratch({ 'notes.txt': 'x' }) }), stderr: /^smart: notes\.txt: not a \.smart file\n$/ },
    { name: 'a bad configuration', code: 2, run: format => runSmart(['lint', '--format', format], { cwd: scratch({ 'a.smart': CLEAN, '.smartrc.json': '{ "maxMonthlyGrowth": "fast" }' }) }), stderr: /^smart: .*\.smartrc\.json: 'maxMonthlyGrowth'.*\n$/ },
    { name: 'an unknown format', code: 2, run: () => runSmart(['lint', '--format', 'xml'], { cwd: scratch({ 'a.smart': CLEAN }) }), stderr: /^smart: --format: unknown format 'xml' \(expected stylish, json, sarif, github, junit\)\n$/ }
];

describe('exit codes', () => {
    for (const format of ['sarif', 'github', 'junit']) {
        test.each(CASES)(`--format ${format}: $name exits $code`, ({ code, run, stderr }) => {
            const result = run(format);
            expect(result.code, result.stderr).toBe(code);
            if (code === 2) {
                expect(result.stdout).toBe(''); // no half-written report for a CI tool to read
            } else {
                expect(result.stdout.length).toBeGreaterThan(0);
            }
            expect(result.stderr).toMatch(stderr ?? /^$/);
        });
    }

    test('an unreadable plan is one line on stderr and exit 2', () => {
        const dir = scratch({ 'locked.smart': CLEAN });
        chmodSync(join(dir, 'locked.smart'), 0o000);
        const run = runUnprivileged(['lint', 'locked.smart', '--format', 'sarif'], dir);
        if (cannotDropRoot(run)) {
            return;
        }
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^smart: .*locked\.smart: cannot read the file \(EACCES\)\n$/);
    });

    test('an unreadable folder met in a search is one line on stderr and exit 2', () => {
        const dir = scratch({ 'a.smart': CLEAN, 'locked/b.smart': CLEAN });
        chmodSync(join(dir, 'locked'), 0o000);
        const run = runUnprivileged(['lint', '--format', 'github'], dir);
        chmodSync(join(dir, 'locked'), 0o755);
        if (cannotDropRoot(run)) {
            return;
        }
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^smart: .*locked: cannot read this directory \(EACCES\)\n$/);
    });
});

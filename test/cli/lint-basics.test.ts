// `smart lint` as a user runs it: exit codes, one-line errors, the stylish format.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { repoRoot, runSmart } from './run-smart.js';
import { scratch } from './scratch.js';

describe('smart lint', () => {
    test('reports syntax and linking errors with rule ids and exits 1', () => {
        const dir = scratch({ 'bad.smart': 'person p "P"\ngoal g "G" { owner nobody }\ngoal' });
        const run = runSmart(['lint', 'bad.smart'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^bad\.smart$/m);
        expect(run.stdout).toMatch(/2:20\s+error\s+.*nobody.*\s+unresolved-reference/);
        expect(run.stdout).toMatch(/3:\d+\s+error\s+.*syntax-error/);
        expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors/);
        expect(run.stderr).toBe('');
    });

    test('follows imports so names link across files, and lints a directory', () => {
        const dir = scratch({ 'plans/a.smart': 'import "../shared/b.smart"\ngoal g "G" { owner p }', 'shared/b.smart': 'person p "P"' });
        const run = runSmart(['lint', 'plans'], { cwd: dir });
        expect(run.stdout).not.toMatch(/unresolved-reference/);
        expect(run.stdout).toMatch(/in 1 plan\n/); // the imported file is linked, not linted
    });

    test('a missing path is one line on stderr and exit 2', () => {
        const run = runSmart(['lint', 'nowhere.smart'], { cwd: scratch({}) });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('smart: nowhere.smart: no such file or directory\n');
        expect(run.stdout).toBe('');
    });

    test('a file that is not a plan is exit 2', () => {
        const dir = scratch({ 'notes.txt': 'hello' });
        const run = runSmart(['lint', 'notes.txt'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('smart: notes.txt: not a .smart file\n');
    });

    test('a directory with no plans is exit 2', () => {
        const dir = scratch({ 'empty/readme.md': '# nothing' });
        const run = runSmart(['lint', 'empty'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('smart: empty: no .smart files in this directory\n');
    });

    test('an unknown option is a usage error without a stack trace', () => {
        const run = runSmart(['lint', '--frobnicate']);
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/^smart: .*frobnicate/);
    });

    test('--help and --version', () => {
        expect(runSmart(['--help']).stdout).toMatch(/Usage: smart <command>/);
        expect(runSmart(['lint', '--help']).stdout).toMatch(/Usage: smart lint/);
        expect(runSmart(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
        expect(runSmart(['frob']).code).toBe(2);
    });

    test('output piped into a reader that stops early ends quietly, without a stack trace', () => {
        const piped = spawnSync('bash', ['-c', 'node packages/cli/bin/smart.js lint examples/faulty --today 2027-03-15 --format sarif | head -1'], { cwd: repoRoot, encoding: 'utf8' });
        expect(piped.stdout).toBe('{\n');
        expect(piped.stderr).toBe('');
    });
});

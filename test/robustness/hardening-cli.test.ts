// What an outside probe of the CLI found (issue 14), through the `smart` binary as a user
// or a hostile pull request meets it; each test failed before its fix. Configuration-like
// files are read only when regular and small, and a parse error says where, never what;
// every file is written atomically; terminal output shows control characters instead of
// obeying them; the PR comment renders plan text as inert text; symbolic links never lead
// a read out of the repository; git's diff-driver arguments are positional; one file
// imported under several spellings is one file; `smart init` refuses names that cannot be
// a plan's.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseIsoDay, starterPlan } from '@smart-plan/language';
import { buildPlan, findings } from '../helpers.js';
import { runSmart, type SmartRun } from '../cli/run-smart.js';
import { scratch } from '../cli/scratch.js';

const SECRET = 'TOP-SECRET-4242';
/** A run that would hang or eat the memory before the fix is stopped after this long. */
const HANG = 20_000;

function expectOneLineError(run: SmartRun & { timedOut?: true }, says: RegExp): void {
    expect(run.timedOut, 'the run hung').toBeUndefined();
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^smart: [^\n]+\n$/);
    expect(run.stderr).toMatch(says);
}

function git(dir: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' } });
}

function repository(files: Record<string, string>): string {
    const dir = scratch(files);
    git(dir, 'init', '--quiet');
    git(dir, 'config', 'user.name', 'Smart Test');
    git(dir, 'config', 'user.email', 'smart@example.com');
    git(dir, 'config', 'commit.gpgsign', 'false');
    return dir;
}

function commitAll(dir: string, message: string): void {
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', message);
}

const ESC = '\u001b';

describe('configuration files are read only when regular and small, and their errors never quote them', () => {
    test('--config /dev/zero and --config FIFO are "not a regular file", at once', () => {
        const dir = scratch({ 'plan.smart': 'person p "P"\n' });
        execFileSync('mkfifo', [join(dir, 'fifo.json')]);
        expectOneLineError(runSmart(['lint', 'plan.smart', '--config', '/dev/zero'], { cwd: dir, timeout: HANG }), /\/dev\/zero: not a regular file\n$/);
        expectOneLineError(runSmart(['lint', 'plan.smart', '--config', 'fifo.json'], { cwd: dir, timeout: HANG }), /fifo\.json: not a regular file\n$/);
        expectOneLineError(runSmart(['report', 'plan.smart', '--config', 'fifo.json'], { cwd: dir, timeout: HANG }), /fifo\.json: not a regular file\n$/);
    });

    test('a preset, a .smartrc.json and a smart-suppressions.json that are FIFOs or too large are refused', () => {
        const dir = scratch({ 'a/plan.smart': 'person p "P"\n', 'a/.smartrc.json': '{ "extends": "./preset.json" }', 'b/plan.smart': 'person p "P"\n', 'c/plan.smart': 'person p "P"\n' });
        execFileSync('mkfifo', [join(dir, 'a/preset.json')]);
        execFileSync('mkfifo', [join(dir, 'b/.smartrc.json')]);
        execFileSync('mkfifo', [join(dir, 'c/smart-suppressions.json')]);
        expectOneLineError(runSmart(['lint', 'a/plan.smart'], { cwd: dir, timeout: HANG }), /'extends': the preset '\.\/preset\.json' is not a regular file \(\S+preset\.json\)\n$/);
        expectOneLineError(runSmart(['lint', 'b/plan.smart'], { cwd: dir, timeout: HANG }), /\.smartrc\.json: not a regular file\n$/);
        expectOneLineError(runSmart(['lint', 'plan.smart'], { cwd: join(dir, 'c'), timeout: HANG }), /smart-suppressions\.json: not a regular file\n$/);
        writeFileSync(join(dir, 'big.json'), Buffer.alloc(17 * 1024 * 1024, 0x20));
        expectOneLineError(runSmart(['lint', 'c/plan.smart', '--config', 'big.json'], { cwd: dir, timeout: HANG }), /big\.json: larger than 16 MB\n$/);
    });

    test('broken JSON is reported by line and column, and never shows the file\'s content', () => {
        const dir = scratch({
            'plan.smart': 'person p "P"\n',
            '.smartrc.json': '{\n    "rules": { "goal-without-owner": "off" },\n    "today": 2027-03-15\n}\n',
            'environ': `PATH=/usr/bin\0AWS_SECRET_ACCESS_KEY=${SECRET}\0`,
            'link/plan.smart': 'person p "P"\n'
        });
        expectOneLineError(runSmart(['lint', 'plan.smart'], { cwd: dir }),
            /^smart: \S*\.smartrc\.json: not valid JSON \(line 3, column 18: an invalid number\)\n$/);
        // A .smartrc.json that is a link to a file of secrets (as to /proc/self/environ), and --config naming one.
        symlinkSync(join(dir, 'environ'), join(dir, 'link/.smartrc.json'));
        for (const run of [runSmart(['lint', 'link/plan.smart'], { cwd: dir }), runSmart(['lint', 'plan.smart', '--config', 'environ'], { cwd: dir })]) {
            expectOneLineError(run, /environ|\.smartrc\.json/);
            expect(run.stderr).toMatch(/: not valid JSON \(line 1, column 1: expected a value/);
            expect(run.stderr + run.stdout).not.toMatch(/PATH|SECRET|4242/);
        }
        if (existsSync('/etc/passwd')) {
            const run = runSmart(['lint', 'plan.smart', '--config', '/etc/passwd'], { cwd: dir });
            expectOneLineError(run, /^smart: \/etc\/passwd: not valid JSON \(line 1, column 1: /);
            expect(run.stderr).not.toMatch(/root|bin\/|:x:/);
        }
    });
});

describe('every file the CLI writes is written atomically', () => {
    test('smart fmt replaces a plan in one step (a new file renamed over it), keeping its mode, and leaves nothing else', () => {
        const dir = scratch({ 'plan.smart': 'person p "P" { role "R" }\n' });
        const path = join(dir, 'plan.smart');
        chmodSync(path, 0o640);
        const before = statSync(path).ino;
        expect(runSmart(['fmt', 'plan.smart'], { cwd: dir })).toEqual({ code: 0, stdout: 'formatted plan.smart\n', stderr: '' });
        expect(readFileSync(path, 'utf8')).toBe('person p "P" {\n    role "R"\n}\n');
        // Truncating and rewriting keeps the inode: a kill or a full disk half-way left the plan cut.
        expect(statSync(path).ino).not.toBe(before);
        expect(statSync(path).mode & 0o777).toBe(0o640);
        expect(readdirSync(dir)).toEqual(['plan.smart']);
    });

    test('smart fmt writes a linked plan through the link, and leaves a read-only plan alone', () => {
        const dir = scratch({ 'real/plan.smart': 'person p "P" { role "R" }\n', 'ro.smart': 'person q "Q" { role "R" }\n' });
        symlinkSync('real/plan.smart', join(dir, 'alias.smart'));
        chmodSync(join(dir, 'ro.smart'), 0o444);
        const run = runSmart(['fmt', 'alias.smart', 'ro.smart'], { cwd: dir });
        expect(run.stderr).toBe('smart: ro.smart: the file is read-only; not overwriting it\n');
        expect(run.code).toBe(1);
        expect(statSync(join(dir, 'alias.smart'), { throwIfNoEntry: true }).isFile()).toBe(true);
        expect(readFileSync(join(dir, 'real/plan.smart'), 'utf8')).toBe('person p "P" {\n    role "R"\n}\n');
        expect(readFileSync(join(dir, 'ro.smart'), 'utf8')).toBe('person q "Q" { role "R" }\n');
    });

    test('smart report --out replaces a report in one step, keeping its mode', () => {
        const dir = scratch({ 'plan.smart': 'person p "P"\n', 'report.md': 'old report\n' });
        chmodSync(join(dir, 'report.md'), 0o600);
        const before = statSync(join(dir, 'report.md')).ino;
        expect(runSmart(['report', 'plan.smart', '-f', 'markdown', '--out', 'report.md'], { cwd: dir }).code).toBe(0);
        expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/progress report/);
        expect(statSync(join(dir, 'report.md')).ino).not.toBe(before);
        expect(statSync(join(dir, 'report.md')).mode & 0o777).toBe(0o600);
        expect(readdirSync(dir).sort()).toEqual(['plan.smart', 'report.md']);
    });

    test('smart init refuses a name with a line break or control character, an empty name and a folder', () => {
        const dir = scratch({});
        expectOneLineError(runSmart(['init', 'two\nlines'], { cwd: dir }), /^smart: init: the name 'two\\x0Alines' holds a line break or another control character; choose a name without\n$/);
        expectOneLineError(runSmart(['init', `bell${ESC}]0;owned\u0007`], { cwd: dir }), /control character/);
        expectOneLineError(runSmart(['init', ''], { cwd: dir }), /^smart: init: '' names no file; give the plan a name/);
        expectOneLineError(runSmart(['init', '.smart'], { cwd: dir }), /names no file/);
        expectOneLineError(runSmart(['init', 'plans/'], { cwd: dir }), /names no file/);
        expect(readdirSync(dir)).toEqual([]);
    });

    test('the starter plan (smart init, the editor\'s New Plan) keeps a title with a line break on one line', async () => {
        const plan = starterPlan('Two\nlines\r\nand\u2028more', parseIsoDay('2027-01-15')!);
        expect(plan.split('\n')[0]).toBe('// Two lines and more: a SMART marketing plan. Lint it with `smart lint`; see the README for the language.');
        expect(findings(await buildPlan(plan, { today: '2027-01-15' }))).toEqual([]);
    });
});

describe('control characters in plan text and file names are shown, never sent to the terminal', () => {
    const clipboard = `${ESC}]52;c;ZWNobyBvd25lZA==\u0007`;
    const eraseLine = `${ESC}[1A${ESC}[2K`;

    test('smart lint: titles, import paths and file names', () => {
        const dir = scratch({
            'plan.smart': `import "./missing${clipboard}.smart"\ngoal g "Grow${eraseLine}" {\n    target 4 by 2027-12-31\n}\ngoal g "Again\u009b31m" { }\n`,
            [`evil${ESC}[2K.smart`]: 'goal h "H" { }\n'
        });
        for (const format of ['stylish', 'github']) {
            const run = runSmart(['lint', '--format', format, '.'], { cwd: dir });
            expect(run.code).toBe(1);
            expect(run.stdout + run.stderr, format).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
            expect(run.stdout).toContain('missing\\x1B]52;c;ZWNobyBvd25lZA==\\x07.smart');
            expect(run.stdout).toContain('evil\\x1B[2K.smart');
        }
        const error = runSmart(['lint', `nowhere${ESC}]0;title\u0007.smart`], { cwd: dir });
        expectOneLineError(error, /nowhere\\x1B\]0;title\\x07\.smart: no such file or directory/);
    });

    test('smart diff: the text format, and the git driver\'s one-line messages', () => {
        const dir = scratch({
            'old.smart': 'goal g "Grow" {\n    target 400 by 2027-12-31\n}\n',
            'new.smart': `goal g "Grow${eraseLine}fine" {\n    target 300 by 2027-12-31\n}\nperson p "${clipboard}"\n`
        });
        const run = runSmart(['diff', 'old.smart', 'new.smart'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('regression');
        expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        expect(run.stdout).toContain('\\x1B[1A\\x1B[2K');
    });
});

describe('the pull-request comment renders plan text as inert text', () => {
    test('no image, link, mention, reference, emphasis or HTML from a plan survives in smart diff --format markdown', () => {
        const hostile = '![pixel](https://tracker.example/p.png?u=1) [click](https://evil.example) @octocat @acme/admins #123 GH-7 www.evil.example **loud** <img src=x onerror=alert(1)> a@b.example';
        const dir = scratch({
            'old.smart': 'goal g "Grow" {\n    target 400 by 2027-12-31\n}\nreview 2027-01-01 "Kickoff" { }\n',
            'new.smart': `goal g "${hostile}" {\n    target 300 by 2027-12-31\n}\nreview 2027-01-01 "Kickoff" { }\nreview 2027-02-01 "${hostile}" {\n    decision "${hostile}" about g\n}\n`
        });
        const run = runSmart(['diff', '--format', 'markdown', 'old.smart', 'new.smart'], { cwd: dir });
        expect(run.code).toBe(0);
        const comment = run.stdout;
        expect(comment).toContain('regression');
        expect(comment).toContain('pixel'); // the text is there, as text
        expect(comment).not.toMatch(/(?<!\\)[[\]]/); // every bracket escaped: no image, no link
        expect(comment).not.toMatch(/@[A-Za-z0-9]/); // no @mention (nor an e-mail autolink)
        expect(comment).not.toMatch(/#\d|GH-\d/i); // no #123 or GH-7 reference
        expect(comment).not.toMatch(/https?:\/\/|www\./); // no bare link GitHub would autolink
        expect(comment).not.toMatch(/(?<!\\)\*\*loud|(?<!\\)</); // no emphasis, no HTML
    });
});

describe('symbolic links never lead a read out of the repository, and a skipped plan is named', () => {
    function linkedRepository(): string {
        const dir = scratch({ 'outside/secret.smart': `person secret "${SECRET}"\n` });
        const repo = repository({ 'a.smart': 'person p "P"\n', 'uses.smart': 'import "./leak.smart"\nperson u "U"\n' });
        symlinkSync(join(dir, 'outside/secret.smart'), join(repo, 'leak.smart'));
        symlinkSync('a.smart', join(repo, 'alias.smart'));
        commitAll(repo, 'plans and links');
        return repo;
    }

    test('smart lint: a search skips linked plans and says so; a named link out of the repository is not read', () => {
        const repo = linkedRepository();
        const search = runSmart(['lint', '.'], { cwd: repo });
        expect(search.stderr).toBe('smart: alias.smart: skipped: a symbolic link (searches do not follow links; name a file to check it)\n'
            + 'smart: leak.smart: skipped: a symbolic link (searches do not follow links; name a file to check it)\n');
        expect(search.stdout).toContain('uses.smart');
        expect(search.stdout).toContain('The import "./leak.smart" is a symbolic link to a file outside the repository: it is not read');
        expect(search.stdout).not.toContain(SECRET);
        const named = runSmart(['lint', 'leak.smart'], { cwd: repo });
        expectOneLineError(named, /leak\.smart: a symbolic link to a file outside the repository; not read\n$/);
        expect(runSmart(['lint', 'alias.smart'], { cwd: repo }).code).toBe(0);
    });

    test('a .smartrc.json or a smart-suppressions.json linked out of the repository is not read, by the CLI or its language services', () => {
        const dir = scratch({ 'outside/rc.json': '{ "rules": { "goal-without-owner": "off" } }', 'outside/baseline.json': '{}' });
        const repo = repository({ 'a/plan.smart': 'person p "P"\n', 'b/plan.smart': 'person p "P"\n' });
        symlinkSync(join(dir, 'outside/rc.json'), join(repo, 'a/.smartrc.json'));
        symlinkSync(join(dir, 'outside/baseline.json'), join(repo, 'b/smart-suppressions.json'));
        expectOneLineError(runSmart(['lint', 'a/plan.smart'], { cwd: repo }), /\.smartrc\.json: a symbolic link to a file outside the repository; not read\n$/);
        expectOneLineError(runSmart(['lint', 'plan.smart'], { cwd: join(repo, 'b') }), /smart-suppressions\.json: a symbolic link to a file outside the repository; not read\n$/);
    });

    test('smart diff --base: a committed link is skipped on both sides with a note, never read, and never fails the run', () => {
        const repo = linkedRepository();
        writeFileSync(join(repo, 'a.smart'), 'person p "P2"\n');
        const run = runSmart(['diff', '--base', 'HEAD'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('person p: title "P" → "P2"');
        expect(run.stdout + run.stderr).not.toContain(SECRET);
        expect(run.stderr).toContain('smart: leak.smart: skipped: a symbolic link');
        expect(run.stderr).toContain('smart: alias.smart: skipped: a symbolic link');
    });
});

describe('git\'s diff-driver arguments are positional', () => {
    test('plans named -x.smart and --base=HEAD.smart are diffed by git diff, not taken for options', () => {
        const dir = repository({ '-x.smart': 'goal g "G" {\n    target 400 by 2027-12-31\n}\n', '--base=HEAD.smart': 'person p "P"\n', '.gitattributes': '*.smart diff=smart\n' });
        const bin = join(import.meta.dirname, '../../packages/cli/bin/smart.js');
        git(dir, 'config', 'diff.smart.command', `"${process.execPath}" "${bin}" diff --git`);
        commitAll(dir, 'plans');
        writeFileSync(join(dir, '-x.smart'), 'goal g "G" {\n    target 300 by 2027-12-31\n}\n');
        writeFileSync(join(dir, '--base=HEAD.smart'), 'person p "Q"\n');
        const output = git(dir, 'diff');
        expect(output).toContain('-x.smart\n  goal g: target lowered 400 → 300');
        expect(output).toContain('--base=HEAD.smart\n  person p: title "P" → "Q"');
    });
});

describe('one file imported under several spellings is one file', () => {
    test('./b.smart, .//b.smart, ./sub/../b.smart and a linked folder are no duplicate-name', () => {
        const dir = scratch({
            'a.smart': 'import "./b.smart"\nimport ".//b.smart"\nimport "./sub/../b.smart"\nimport "./link/b.smart"\nstrategy s "S" {\n    serves g\n}\n',
            'b.smart': 'goal g "G" { }\n'
        });
        mkdirSync(join(dir, 'sub'));
        symlinkSync('.', join(dir, 'link'));
        const run = runSmart(['lint', '--format', 'json', 'a.smart', 'b.smart'], { cwd: dir });
        const files = JSON.parse(run.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>;
        const rules = files.flatMap(file => file.diagnostics.map(d => d.rule));
        expect(rules).not.toContain('duplicate-name');
        expect(rules).not.toContain('unresolved-reference');
        // b.smart is one plan: its goal is served (by a.smart), so not goal-without-strategy.
        expect(rules).not.toContain('goal-without-strategy');
    });
});

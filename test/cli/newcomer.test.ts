// What a newcomer types first: a misspelt command or option gets a did-you-mean (never the
// argument parser's own text), the short flags people expect work, every command says so
// when there is no plan, and the hints smart prints can be pasted back into a shell.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runSmart } from './run-smart.js';
import { scratch } from './scratch.js';

const PLAN = `plan "P" { owner p period 2027-01-01 to 2027-12-31 review every 1 month }
person p "P"
goal g "G" { owner p target 10 by 2027-06-30 }
`;

describe('a misspelt command or option: one line with the closest name', () => {
    test.each([
        [['lnt'], "smart: unknown command 'lnt' (did you mean smart lint? see smart --help)"],
        [['reprot', 'plan.smart'], "smart: unknown command 'reprot' (did you mean smart report? see smart --help)"],
        [['frobnicate'], "smart: unknown command 'frobnicate' (see smart --help)"],
        [['lint', '--formt', 'json'], "smart: unknown option '--formt' (did you mean --format? see smart lint --help)"],
        [['lint', '--max-warning', '3'], "smart: unknown option '--max-warning' (did you mean --max-warnings? see smart lint --help)"],
        [['diff', 'a.smart', 'b.smart', '--fail-no', 'regression'], "smart: unknown option '--fail-no' (did you mean --fail-on? see smart diff --help)"],
        [['report', 'plan.smart', '--colour'], "smart: unknown option '--colour' (see smart report --help)"],
        [['fmt', '--chek'], "smart: unknown option '--chek' (did you mean --check? see smart fmt --help)"],
        [['lint', '-z'], "smart: unknown option '-z' (see smart lint --help)"],
        [['lint', '--format'], 'smart: --format needs a value (see smart lint --help)'],
        [['lint', '--quiet=yes'], 'smart: --quiet takes no value (see smart lint --help)'],
        [['lint', '--format', 'jsn'], "smart: --format: unknown format 'jsn' (did you mean json? expected stylish, json, sarif, github, junit)"],
        [['report', 'plan.smart', '-f', 'markdwn'], "smart: --format: unknown format 'markdwn' (did you mean markdown? expected html, markdown, json)"],
        [['diff', 'plan.smart', 'plan.smart', '--fail-on', 'regresion'], "smart: --fail-on: unknown value 'regresion' (did you mean regression? expected regression, unreviewed)"],
        [['lsp', '--stdio', 'extra'], "smart: lsp: unexpected argument 'extra' (smart lsp --stdio)"]
    ])('smart %j', (args, message) => {
        const run = runSmart(args, { cwd: scratch({ 'plan.smart': PLAN }) });
        expect(run.stderr).toBe(`${message}\n`);
        expect(run.stdout).toBe('');
        expect(run.code).toBe(2);
    });
});

describe('short flags', () => {
    const faulty = `${PLAN}goal h "H" { owner nobody }\n`;

    test('-f is --format and -q is --quiet for lint', () => {
        const dir = scratch({ 'plan.smart': faulty });
        const long = runSmart(['lint', 'plan.smart', '--format', 'json', '--quiet'], { cwd: dir });
        const short = runSmart(['lint', 'plan.smart', '-f', 'json', '-q'], { cwd: dir });
        expect(short).toEqual(long);
        const files = JSON.parse(short.stdout) as Array<{ diagnostics: Array<{ severity: string }> }>;
        expect(files[0].diagnostics.length).toBeGreaterThan(0);
        expect(files[0].diagnostics.every(d => d.severity === 'error')).toBe(true);
        expect(short.code).toBe(1);
    });

    test('-f is --format for diff, -o is --out for report', () => {
        const dir = scratch({ 'old.smart': PLAN, 'new.smart': PLAN.replace('target 10', 'target 12') });
        expect(runSmart(['diff', 'old.smart', 'new.smart', '-f', 'markdown'], { cwd: dir }).stdout).toContain('**0 added, 0 removed, 1 changed, 0 regressions**');
        const report = runSmart(['report', 'new.smart', '-f', 'markdown', '-o', 'report.md'], { cwd: dir });
        expect(report.stdout).toBe('wrote report.md\n');
        expect(existsSync(join(dir, 'report.md'))).toBe(true);
    });

    test('the help lists them', () => {
        expect(runSmart(['lint', '--help']).stdout).toMatch(/^ {2}-f, --format FORMAT .*\n {2}-q, --quiet /m);
        expect(runSmart(['report', '--help']).stdout).toMatch(/^ {2}-o, --out FILE /m);
        expect(runSmart(['diff', '--help']).stdout).toMatch(/^ {2}-f, --format FORMAT /m);
    });
});

describe('a folder without plans', () => {
    test.each([['lint'], ['fmt'], ['fmt', '--check']])('smart %j exits 2 and says so', (...args) => {
        const dir = scratch({ 'notes.md': '# no plans here' });
        const run = runSmart(args, { cwd: dir });
        expect(run.stderr).toBe(`smart: no .smart files under ${dir}\n`);
        expect(run.code).toBe(2);
    });
});

describe('smart init prints a hint that works when pasted', () => {
    test.each([
        ['acme', 'smart lint acme.smart'],
        ['Two Words', "smart lint 'Two Words.smart'"],
        ["Bob's plan", "smart lint 'Bob'\\''s plan.smart'"]
    ])('init %j', (name, hint) => {
        const dir = scratch({});
        const run = runSmart(['init', name, '--today', '2027-01-15'], { cwd: dir });
        expect(run.stdout).toBe(`wrote ${name}.smart — check it with: ${hint}\n`);
        const pasted = spawnSync('bash', ['-c', `${hint.replace(/^smart /, 'node "$SMART" ')} --today 2027-01-15`], {
            cwd: dir,
            env: { ...process.env, SMART: join(__dirname, '../../packages/cli/bin/smart.js'), NO_COLOR: '1' },
            encoding: 'utf8'
        });
        expect(pasted.stdout).toBe('1 plan checked: no problems.\n');
    });
});

// `smart lint` options from rules.md and cli.md: --today, --config, --rule, --quiet,
// --max-warnings and --format json; and the examples linting clean.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runSmart } from './run-smart.js';
import { scratch } from './scratch.js';

// One warning (goal-without-owner) and one info (need-unaddressed), nothing else.
const plan = `metric m "M"
person p "P"
avatar a "A" { need n "N" need o "O" }
goal g "G" { for a metric m baseline 100 on 2027-01-01 target 110 by 2027-03-31 }
strategy s "S" { serves g audience a addresses a.n message "Hello" }
tactic t "T" { executes s owner p }`;

describe('smart lint options', () => {
    test('--format json has the shape of cli.md', () => {
        const run = runSmart(['lint', 'plan.smart', '--format', 'json', '--today', '2027-02-01'], { cwd: scratch({ 'plan.smart': plan }) });
        expect(run.code).toBe(0);
        const output = JSON.parse(run.stdout);
        expect(output).toEqual([{
            file: 'plan.smart',
            diagnostics: [
                { rule: 'need-unaddressed', severity: 'info', message: expect.stringContaining("'a.o'"), range: { start: { line: 2, character: 31 }, end: { line: 2, character: 32 } } },
                { rule: 'goal-without-owner', severity: 'warning', message: expect.stringContaining("Goal 'g'"), range: { start: { line: 3, character: 5 }, end: { line: 3, character: 6 } } }
            ]
        }]);
    });

    test('--max-warnings: within budget exits 0, beyond it exits 1', () => {
        const dir = scratch({ 'plan.smart': plan });
        expect(runSmart(['lint', '--today', '2027-02-01', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
        const over = runSmart(['lint', '--today', '2027-02-01', '--max-warnings', '0'], { cwd: dir });
        expect(over.code).toBe(1);
        expect(over.stderr).toBe('smart: 1 warnings, more than --max-warnings 0\n');
        expect(runSmart(['lint', '--max-warnings', 'many'], { cwd: dir }).code).toBe(2);
    });

    test('--quiet reports errors only', () => {
        const run = runSmart(['lint', '--today', '2027-02-01', '--quiet'], { cwd: scratch({ 'plan.smart': plan }) });
        expect(run.stdout).not.toMatch(/goal-without-owner|need-unaddressed/);
        expect(run.code).toBe(0);
    });

    test('--rule changes a severity; an error makes the exit code 1', () => {
        const dir = scratch({ 'plan.smart': plan });
        const run = runSmart(['lint', '--today', '2027-02-01', '--rule', 'goal-without-owner=error', '--rule', 'need-unaddressed=off'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/error\s+Goal 'g' has no owner/);
        expect(run.stdout).not.toMatch(/need-unaddressed/);
        expect(runSmart(['lint', '--rule', 'nope=off'], { cwd: dir }).stderr).toBe("smart: --rule: unknown rule id 'nope'\n");
        expect(runSmart(['lint', '--rule', 'goal-missed'], { cwd: dir }).code).toBe(2);
    });

    test('--today decides the status', () => {
        const dir = scratch({ 'plan.smart': `${plan}\ncheckin 2027-02-01 { g 101 }` });
        expect(runSmart(['lint', '--today', '2027-02-01'], { cwd: dir }).stdout).not.toMatch(/goal-missed/);
        expect(runSmart(['lint', '--today', '2027-05-01'], { cwd: dir }).stdout).toMatch(/goal-missed/);
        expect(runSmart(['lint', '--today', '2027-02-30'], { cwd: dir }).stderr).toBe("smart: --today: '2027-02-30' is not a real date written YYYY-MM-DD\n");
    });

    test('--config and a nearby .smartrc.json', () => {
        const dir = scratch({ 'plan.smart': plan, 'strict.json': '{ "rules": { "need-unaddressed": "error" } }', '.smartrc.json': '{ "rules": { "goal-without-owner": "off" } }' });
        const nearby = runSmart(['lint', '--today', '2027-02-01'], { cwd: dir });
        expect(nearby.stdout).not.toMatch(/goal-without-owner/);
        const explicit = runSmart(['lint', '--today', '2027-02-01', '--config', 'strict.json'], { cwd: dir });
        expect(explicit.code).toBe(1);
        expect(explicit.stdout).toMatch(/goal-without-owner/);
        expect(runSmart(['lint', '--config', 'missing.json'], { cwd: dir }).stderr).toBe('smart: --config: missing.json: no such file\n');
    });

    test('a broken .smartrc.json is one line on stderr naming file and key, exit 2', () => {
        const dir = scratch({ 'plan.smart': plan, '.smartrc.json': '{ "rules": { "goal-without-owner": "loud" } }' });
        const run = runSmart(['lint'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(`smart: ${join(dir, '.smartrc.json')}: 'rules.goal-without-owner': expected one of off, info, warning, error\n`);
        expect(run.stdout).toBe('');
    });
});

describe('the examples', () => {
    test('lint clean as of a day inside their periods (all but examples/faulty)', () => {
        const dirs = readdirSync('examples', { withFileTypes: true })
            .filter(entry => entry.isDirectory() && entry.name !== 'faulty' && entry.name !== 'ci')
            .map(entry => `examples/${entry.name}`);
        expect(dirs.length).toBeGreaterThanOrEqual(4);
        const run = runSmart(['lint', ...dirs, '--today', '2027-03-15', '--format', 'json']);
        expect(run.stderr).toBe('');
        const files = JSON.parse(run.stdout) as Array<{ file: string; diagnostics: unknown[] }>;
        expect(files.length).toBeGreaterThanOrEqual(5);
        expect(files.filter(f => f.diagnostics.length > 0)).toEqual([]);
        expect(run.code).toBe(0);
    });
});

// `smart fmt` and `smart init` as a user runs them.
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runSmart } from './run-smart.js';
import { scratch } from './scratch.js';

const messy = `   plan "P"{owner john period 2027-01-01   to 2027-12-31
review   every 2 weeks}
person john "J"



// about goals
goal g "G" {   for a ,b   metric m
  baseline 1 on 2027-01-01 // start
        target 2   by 2027-12-31
benchmark 1.5 by 2027-06-30 /* mid */ owner john }
journey j for a { step s1 "S1" { reaction t reaction "x" } }
`;

const formatted = `plan "P" {
    owner john
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
}
person john "J"

// about goals
goal g "G" {
    for a, b
    metric m
    baseline 1 on 2027-01-01 // start
    target 2 by 2027-12-31
    benchmark 1.5 by 2027-06-30 /* mid */
    owner john
}
journey j for a {
    step s1 "S1" {
        reaction t
        reaction "x"
    }
}
`;

describe('smart fmt', () => {
    test('formats in place to the canonical layout, keeping comments', () => {
        const dir = scratch({ 'plan.smart': messy });
        const run = runSmart(['fmt'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('formatted plan.smart\n');
        expect(readFileSync(join(dir, 'plan.smart'), 'utf8')).toBe(formatted);
    });

    test('comments on their own line are indented like the lines of the block they are in', () => {
        const text = 'goal g "G" {\n// first\n    metric m\n        // between\n    owner a\n  // last\n}\n// between items\njourney j for a {\n// before a step\n    step s "S" {\n    // in the step\n        reaction "x"\n    }\n}\n';
        const dir = scratch({ 'plan.smart': text });
        expect(runSmart(['fmt'], { cwd: dir }).code).toBe(0);
        expect(readFileSync(join(dir, 'plan.smart'), 'utf8')).toBe('goal g "G" {\n    // first\n    metric m\n    // between\n    owner a\n    // last\n}\n// between items\njourney j for a {\n    // before a step\n    step s "S" {\n        // in the step\n        reaction "x"\n    }\n}\n');
    });

    test('is idempotent', () => {
        const dir = scratch({ 'plan.smart': formatted });
        const run = runSmart(['fmt', 'plan.smart'], { cwd: dir });
        expect([run.code, run.stdout]).toEqual([0, '']);
        expect(readFileSync(join(dir, 'plan.smart'), 'utf8')).toBe(formatted);
    });

    test('--check lists unformatted files, writes nothing, exits 1', () => {
        const dir = scratch({ 'a.smart': messy, 'b.smart': formatted });
        const run = runSmart(['fmt', '--check'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('a.smart\n');
        expect(run.stderr).toBe('smart: 1 of 2 plans are not formatted (run smart fmt)\n');
        expect(readFileSync(join(dir, 'a.smart'), 'utf8')).toBe(messy);
        expect(runSmart(['fmt', '--check', 'b.smart'], { cwd: dir }).code).toBe(0);
    });

    test('leaves a plan with syntax errors untouched and says why', () => {
        const broken = 'goal g "G" {\n   owner\n';
        const dir = scratch({ 'broken.smart': broken });
        const run = runSmart(['fmt'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/^smart: broken\.smart: has syntax errors \(first on line \d+\); fix them before formatting\n$/);
        expect(readFileSync(join(dir, 'broken.smart'), 'utf8')).toBe(broken);
    });

    test('every example is already formatted (fmt round-trips it unchanged)', () => {
        const dir = mkdtempSync(join(tmpdir(), 'smart-examples-'));
        cpSync('examples', dir, { recursive: true });
        const run = runSmart(['fmt', '--check', dir]);
        expect(run.stdout).toBe('');
        expect(run.code).toBe(0);
        expect(runSmart(['fmt', dir]).stdout).toBe('');
        for (const sub of readdirSync('examples', { recursive: true }) as string[]) {
            if (sub.endsWith('.smart')) {
                expect(readFileSync(join(dir, sub), 'utf8'), sub).toBe(readFileSync(join('examples', sub), 'utf8'));
            }
        }
    });
});

describe('smart init', () => {
    test('writes a starter plan that lints clean and is formatted', () => {
        const dir = scratch({});
        const run = runSmart(['init', 'acme-2027', '--today', '2027-01-15'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/wrote acme-2027\.smart/);
        const lint = runSmart(['lint', 'acme-2027.smart', '--today', '2027-01-15'], { cwd: dir });
        expect(lint.stdout).toBe('1 plan checked: no problems.\n');
        expect(runSmart(['fmt', '--check'], { cwd: dir }).code).toBe(0);
    });

    test('shows every construct once', () => {
        const dir = scratch({});
        runSmart(['init', '--today', '2027-01-15'], { cwd: dir });
        const text = readFileSync(join(dir, 'plan.smart'), 'utf8');
        for (const construct of ['plan "', 'import "', 'person ', 'avatar ', 'need ', 'swot {', 'metric ', 'goal ', 'benchmark ', 'strategy ', 'tactic ', 'journey ', 'step ', 'checkin ', 'review 20', 'skill ']) {
            expect(text, construct).toContain(construct);
        }
    });

    test('never overwrites an existing file', () => {
        const dir = scratch({ 'plan.smart': 'person p "Mine"' });
        const run = runSmart(['init'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('smart: plan.smart already exists; not overwriting it\n');
        expect(readFileSync(join(dir, 'plan.smart'), 'utf8')).toBe('person p "Mine"');
    });
});

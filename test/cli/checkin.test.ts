// `smart checkin` as a user runs it: one entry from arguments or every row of a CSV file,
// written into the check-in block of its date in the formatter's layout, everything else
// byte for byte; idempotent; --replace; --dry-run; and every bad input one line, exit 2,
// the plan byte-identical.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runSmart, type SmartRun } from './run-smart.js';
import { scratch } from './scratch.js';

const PLAN = `plan "Acme" {
    owner ann
    period 2027-01-01 to 2027-12-31
    review every 1 month
}

import "./corporate.smart"

person ann "Ann"

metric members "Members" unit count
metric churn "Churn" unit %

// Membership: the goal that matters.
goal grow "Grow" {
    metric members
    baseline 100 on 2027-01-01
    target 200 by 2027-12-31
    owner ann
}

goal reduce "Reduce churn" {
    metric churn
    baseline 8% on 2027-01-01
    target 4% by 2027-12-31
    owner ann
}

checkin 2027-02-01 { grow 120 } // a one-line block

checkin 2027-03-01 {
    // measured from the CRM export
    grow 135 confidence high "Webinar spike"
}

review 2027-03-01 "March review" {
    attendee ann
}
`;

const CORPORATE = `metric revenue "Revenue" unit USD

goal corporateGrowth "Grow revenue" {
    metric revenue
    baseline 1 on 2027-01-01
    target 2 by 2027-12-31
}
`;

function plans(extra: Record<string, string> = {}): string {
    return scratch({ 'plan.smart': PLAN, 'corporate.smart': CORPORATE, ...extra });
}

function checkin(dir: string, ...args: string[]): SmartRun {
    return runSmart(['checkin', 'plan.smart', ...args, '--today', '2027-03-15'], { cwd: dir });
}

const planText = (dir: string) => readFileSync(join(dir, 'plan.smart'), 'utf8');

describe('smart checkin: one entry', () => {
    test('a new date gets a new block after the last earlier one, in the formatter\'s layout; the rest stays byte for byte', () => {
        const dir = plans();
        const run = checkin(dir, 'grow', '150', '--date', '2027-03-10', '--confidence', 'medium', '--note', 'Spring "push" \\ done');
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('plan.smart: 1 added, 0 unchanged, 0 replaced\n');
        expect(run.code).toBe(0);
        const expected = PLAN.replace('    grow 135 confidence high "Webinar spike"\n}\n', '    grow 135 confidence high "Webinar spike"\n}\n\ncheckin 2027-03-10 {\n    grow 150 confidence medium "Spring \\"push\\" \\\\ done"\n}\n');
        expect(planText(dir)).toBe(expected);
        // It lints, and the goal now reads that value as its actual.
        const report = runSmart(['report', 'plan.smart', '--format', 'json', '--today', '2027-03-15'], { cwd: dir });
        const grow = JSON.parse(report.stdout).goals.find((goal: { name: string }) => goal.name === 'grow');
        expect(grow.actual).toBe(150);
        expect(grow.checkins.at(-1)).toEqual({ date: '2027-03-10', afterToday: false, value: 150, confidence: 'medium', note: 'Spring "push" \\ done' });
    });

    test('--date defaults to today; an existing block of that date (written as a month) gets the entry, rewritten in the formatter\'s layout', () => {
        const dir = plans();
        // A date equal in meaning to a block's date joins that block: 2027-02-01 is the one-line block.
        const run = checkin(dir, 'reduce', '7.5%', '--date', '2027-02-01');
        expect(run.stdout).toBe('plan.smart: 1 added, 0 unchanged, 0 replaced\n');
        expect(planText(dir)).toBe(PLAN.replace('checkin 2027-02-01 { grow 120 } // a one-line block', 'checkin 2027-02-01 {\n    grow 120\n    reduce 7.5%\n} // a one-line block'));
        const today = plans();
        expect(checkin(today, 'grow', '140').stdout).toBe('plan.smart: 1 added, 0 unchanged, 0 replaced\n');
        expect(planText(today)).toContain('checkin 2027-03-15 {\n    grow 140\n}\n\nreview 2027-03-01');
    });

    test('idempotent: the same entry again is unchanged and the file is not rewritten', () => {
        const dir = plans();
        expect(checkin(dir, 'grow', '135', '--date', '2027-03-01').stdout).toBe('plan.smart: 0 added, 1 unchanged, 0 replaced\n');
        expect(checkin(dir, 'grow', '135.0', '--date', '2027-03-01').stdout).toBe('plan.smart: 0 added, 1 unchanged, 0 replaced\n');
        expect(planText(dir)).toBe(PLAN);
    });

    test('another value on the same goal and date is an error unless --replace, which rewrites it and keeps its note', () => {
        const dir = plans();
        const conflict = checkin(dir, 'grow', '137', '--date', '2027-03-01');
        expect(conflict.code).toBe(2);
        expect(conflict.stderr).toBe("smart: plan.smart: goal 'grow' already has 135 on 2027-03-01; give --replace to write 137 instead\n");
        expect(planText(dir)).toBe(PLAN);
        const replaced = checkin(dir, 'grow', '137', '--date', '2027-03-01', '--replace');
        expect(replaced.stdout).toBe('plan.smart: 0 added, 0 unchanged, 1 replaced\n');
        expect(planText(dir)).toBe(PLAN.replace('grow 135 confidence high "Webinar spike"', 'grow 137 confidence high "Webinar spike"'));
    });

    test('an earlier date than every block goes before the first block; a goal of an imported plan is accepted', () => {
        const dir = plans();
        expect(checkin(dir, 'corporateGrowth', '1.1', '--date', '2027-01-15').code).toBe(0);
        expect(planText(dir)).toBe(PLAN.replace('checkin 2027-02-01 {', 'checkin 2027-01-15 {\n    corporateGrowth 1.1\n}\n\ncheckin 2027-02-01 {'));
    });

    test('--dry-run prints the semantic diff and writes nothing', () => {
        const dir = plans();
        const run = checkin(dir, 'grow', '150', '--date', '2027-03-10', '--dry-run');
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('plan.smart\n  goal grow: check-in 2027-03-10 added: 150\n\n0 added, 0 removed, 1 changed, 0 regressions\ndry run, nothing written: plan.smart: 1 added, 0 unchanged, 0 replaced\n');
        expect(planText(dir)).toBe(PLAN);
    });

    test('keeps CRLF line breaks and a byte-order mark', () => {
        const crlf = '\uFEFF' + PLAN.replace(/\n/g, '\r\n');
        const dir = plans({ 'plan.smart': crlf });
        expect(checkin(dir, 'grow', '150', '--date', '2027-03-10').code).toBe(0);
        const after = readFileSync(join(dir, 'plan.smart'), 'utf8');
        expect(after.startsWith('\uFEFFplan "Acme" {\r\n')).toBe(true);
        expect(after).not.toMatch(/[^\r]\n/);
        expect(after).toContain('\r\n\r\ncheckin 2027-03-10 {\r\n    grow 150\r\n}\r\n\r\nreview');
    });
});

describe('smart checkin --from FILE.csv', () => {
    test('every row, columns in any order, quoted fields with commas and quotes, CRLF rows and a BOM', () => {
        const csv = '\uFEFFvalue,goal,note,date,confidence\r\n150,grow,"Spring, ""big"" push",2027-03-10,high\r\n7.5%,reduce,,2027-03-10,\r\n119,grow,,2027-01-31,low\r\n';
        const dir = plans({ 'actuals.csv': csv });
        const run = checkin(dir, '--from', 'actuals.csv');
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('plan.smart: 3 added, 0 unchanged, 0 replaced\n');
        const text = planText(dir);
        expect(text).toContain('checkin 2027-01-31 {\n    grow 119 confidence low\n}\n\ncheckin 2027-02-01 { grow 120 } // a one-line block');
        expect(text).toContain('}\n\ncheckin 2027-03-10 {\n    grow 150 confidence high "Spring, \\"big\\" push"\n    reduce 7.5%\n}\n\nreview 2027-03-01');
        // Importing again is a no-op.
        const again = checkin(dir, '--from', 'actuals.csv');
        expect(again.stdout).toBe('plan.smart: 0 added, 3 unchanged, 0 replaced\n');
        expect(planText(dir)).toBe(text);
        // And the plan lints without a syntax problem.
        const lint = runSmart(['lint', 'plan.smart', '--today', '2027-03-15', '--format', 'json'], { cwd: dir });
        expect(JSON.parse(lint.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('syntax-error');
    });

    test('100,000 rows are imported, then re-imported as unchanged', () => {
        const rows = ['date,goal,value'];
        for (let day = 0; day < 50_000; day++) {
            const date = new Date(Date.UTC(2027, 3, 1) + day * 86_400_000).toISOString().slice(0, 10);
            rows.push(`${date},grow,${200 + day}`, `${date},reduce,${(day % 5) + 3}%`);
        }
        const dir = plans({ 'big.csv': rows.join('\n') + '\n' });
        const run = checkin(dir, '--from', 'big.csv');
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('plan.smart: 100000 added, 0 unchanged, 0 replaced\n');
        expect(checkin(dir, '--from', 'big.csv').stdout).toBe('plan.smart: 0 added, 100000 unchanged, 0 replaced\n');
    });
});

describe('smart checkin: bad input is one line per problem, exit 2, and the plan byte-identical', () => {
    const cases: Array<[why: string, files: Record<string, string>, args: string[], stderr: string]> = [
        ['an unknown goal', {}, ['nope', '1'], "smart: plan.smart: no goal 'nope' is declared in the plan or in a plan it imports\n"],
        ['an impossible date', {}, ['grow', '1', '--date', '2027-02-30'], "smart: plan.smart: '2027-02-30' is not a real date: February 2027 has no day 30\n"],
        ['a value that is not a number', {}, ['grow', '1,200'], "smart: plan.smart: '1,200' is not a value as a plan writes it (400, 12.5, -3 or 15%)\n"],
        ['a % on a metric that is not %', {}, ['grow', '15%'], "smart: plan.smart: '15%' is a percentage, but the goal's metric counts in count: drop the '%'\n"],
        ['a confidence that is not low, medium or high', {}, ['grow', '1', '--confidence', 'sure'], "smart: plan.smart: 'sure' is not a confidence: write low, medium, high\n"],
        ['a note on two lines', {}, ['grow', '1', '--note', 'a\nb'], 'smart: plan.smart: a note is one line of text\n'],
        ['several rows wrong: each one, with its line', { 'a.csv': 'goal,date,value\nnope,2027-03-10,1\ngrow,2027-13,1\nreduce,2027-04-02,5\nreduce,2027-04-02,6\n' }, ['--from', 'a.csv'],
            "smart: a.csv:2: no goal 'nope' is declared in the plan or in a plan it imports\nsmart: a.csv:3: '2027-13' is not a real date: month 13 does not exist\nsmart: a.csv:5: goal 'reduce' on 2027-04-02 is given twice (first on line 4)\n"],
        ['a missing column', { 'a.csv': 'goal,date\ngrow,2027-03-10\n' }, ['--from', 'a.csv'], "smart: a.csv:1: missing column 'value' (the columns are date, goal, value and optionally confidence, note)\n"],
        ['an unknown column', { 'a.csv': 'goal,date,value,notes\ngrow,2027-03-10,1,x\n' }, ['--from', 'a.csv'], "smart: a.csv:1: unknown column 'notes' (the columns are date, goal, value and optionally confidence, note)\n"],
        ['an empty file', { 'a.csv': '' }, ['--from', 'a.csv'], 'smart: a.csv: the file is empty: expected a header row with the columns date, goal, value (and optionally confidence, note)\n'],
        ['semicolons between columns', { 'a.csv': 'goal;date;value\ngrow;2027-03-10;1\n' }, ['--from', 'a.csv'], "smart: a.csv:1: the columns are separated by ';', not ',': save the file as comma-separated values\n"],
        ['a row with too many fields', { 'a.csv': 'goal,date,value\ngrow,2027-03-10,1,extra\n' }, ['--from', 'a.csv'], /^smart: a\.csv:2: not valid CSV \(.+\)\n$/.source],
        ['a CSV file that does not exist', {}, ['--from', 'missing.csv'], 'smart: missing.csv: cannot read the file (ENOENT)\n'],
        ['a plan with syntax errors', { 'plan.smart': PLAN.replace('goal reduce "Reduce churn" {', 'goal reduce "Reduce churn" {{') }, ['grow', '1'], /^smart: plan\.smart: the plan has syntax errors \(first on line \d+\): fix them before recording check-ins\n$/.source],
        ['a misspelt option', {}, ['grow', '1', '--confidance', 'high'], "smart: unknown option '--confidance' (did you mean --confidence? see smart checkin --help)\n"],
        ['GOAL VALUE together with --from', { 'a.csv': 'goal,date,value\n' }, ['grow', '1', '--from', 'a.csv'], 'smart: --from reads every entry from the CSV file: give no GOAL VALUE, --date, --confidence or --note with it\n']
    ];
    for (const [why, files, args, stderr] of cases) {
        test(why, () => {
            const dir = plans(files);
            const before = readFileSync(join(dir, 'plan.smart'));
            const run = checkin(dir, ...args);
            if (stderr.startsWith('^')) {
                expect(run.stderr).toMatch(new RegExp(stderr));
            } else {
                expect(run.stderr).toBe(stderr);
            }
            expect(run.stdout).toBe('');
            expect(run.code).toBe(2);
            expect(readFileSync(join(dir, 'plan.smart')).equals(before)).toBe(true);
        });
    }

    test('a read-only plan is not replaced', () => {
        const dir = plans();
        chmodSync(join(dir, 'plan.smart'), 0o444);
        const run = checkin(dir, 'grow', '150', '--date', '2027-03-10');
        expect(run.stderr).toBe('smart: plan.smart: the file is read-only; not overwriting it\n');
        expect(run.code).toBe(2);
        expect(planText(dir)).toBe(PLAN);
    });

    test('a plan that is not UTF-8 is refused, not rewritten', () => {
        const dir = plans();
        writeFileSync(join(dir, 'plan.smart'), Buffer.from([0x70, 0x6c, 0xff, 0x0a]));
        const run = checkin(dir, 'grow', '150');
        expect(run.stderr).toMatch(/^smart: plan\.smart: not UTF-8 text \(line 1, column 3\)/);
        expect(run.code).toBe(2);
        expect(readFileSync(join(dir, 'plan.smart')).equals(Buffer.from([0x70, 0x6c, 0xff, 0x0a]))).toBe(true);
    });
});

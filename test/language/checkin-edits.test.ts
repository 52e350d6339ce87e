// The shared check-in edit (checkinEdits), in process: blocks in date order, touched
// blocks in the formatter's layout with their comments, bytes outside them unchanged,
// replacements that keep the note, and no edit at all when any entry has a problem.
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkinEdits, type CheckinInput } from '@smart-plan/language';
import { buildPlan, services } from '../helpers.js';

const PLAN = `metric m "M" unit count
metric p "P" unit %
goal a "A" { metric m baseline 1 on 2027-01-01 target 9 by 2027-12-31 }
goal b "B" { metric p baseline 8% on 2027-01-01 target 4% by 2027-12-31 }

checkin 2027-03-01 {
    // from the CRM
    a 3 "first"
}

checkin 2027-01-15 { a 2 } // out of order on purpose

review 2027-03-02 "R" { }
`;

async function record(entries: CheckinInput[], options: { replace?: boolean } = {}, text = PLAN) {
    const document = await buildPlan(text);
    const outcome = await checkinEdits(services, document, entries, options);
    return { outcome, text: TextDocument.applyEdits(document.textDocument as TextDocument, outcome.edits) };
}

describe('checkinEdits', () => {
    test('into an existing block: the block in the formatter\'s layout, its comment kept, nothing else touched', async () => {
        const { outcome, text } = await record([{ goal: 'b', date: '2027-03-01', value: '7.5%', confidence: 'low' }]);
        expect(outcome).toMatchObject({ added: 1, unchanged: 0, replaced: 0, problems: [] });
        expect(text).toBe(PLAN.replace('    a 3 "first"\n}', '    a 3 "first"\n    b 7.5% confidence low\n}'));
    });

    test('a one-line block becomes a block of lines; a trailing comment after it stays', async () => {
        const { text } = await record([{ goal: 'b', date: '2027-01-15', value: '8' }]);
        expect(text).toBe(PLAN.replace('checkin 2027-01-15 { a 2 } // out', 'checkin 2027-01-15 {\n    a 2\n    b 8\n} // out'));
    });

    test('new dates: after the last block dated before them (date order kept), several dates at once', async () => {
        const { outcome, text } = await record([
            { goal: 'a', date: '2027-06-30', value: '5' },
            { goal: 'a', date: '2027-02-01', value: '2.5' },
            { goal: 'b', date: '2027-06', value: '6%' }
        ]);
        expect(outcome.added).toBe(3);
        // 2027-02-01 goes after the block of Jan 15 (the latest date before it) and its comment, 2027-06-30 after Mar 1's;
        // 2027-06 is 2027-06-30: one block for both.
        expect(text).toBe(PLAN
            .replace('    a 3 "first"\n}\n', '    a 3 "first"\n}\n\ncheckin 2027-06-30 {\n    a 5\n    b 6%\n}\n')
            .replace('checkin 2027-01-15 { a 2 } // out of order on purpose', 'checkin 2027-01-15 { a 2 } // out of order on purpose\n\ncheckin 2027-02-01 {\n    a 2.5\n}'));
    });

    test('a plan without check-ins gets its first block at the end, after one blank line', async () => {
        const { text } = await record([{ goal: 'a', date: '2027-02-01', value: '2' }], {}, 'metric m "M"\ngoal a "A" { metric m }\n\n\n');
        expect(text).toBe('metric m "M"\ngoal a "A" { metric m }\n\ncheckin 2027-02-01 {\n    a 2\n}\n\n\n');
        const { text: noEol } = await record([{ goal: 'a', date: '2027-02-01', value: '2' }], {}, 'metric m "M"\ngoal a "A" { metric m }');
        expect(noEol).toBe('metric m "M"\ngoal a "A" { metric m }\n\ncheckin 2027-02-01 {\n    a 2\n}\n');
    });

    test('--replace rewrites the value and keeps the confidence and note unless new ones are given', async () => {
        const kept = await record([{ goal: 'a', date: '2027-03-01', value: '4' }], { replace: true });
        expect(kept.outcome.replaced).toBe(1);
        expect(kept.text).toBe(PLAN.replace('    a 3 "first"', '    a 4 "first"'));
        const given = await record([{ goal: 'a', date: '2027-03-01', value: '4', note: 'second', confidence: 'high' }], { replace: true });
        expect(given.text).toBe(PLAN.replace('    a 3 "first"', '    a 4 confidence high "second"'));
    });

    test('quotes and backslashes in a note are escaped the way the language reads them back', async () => {
        const note = 'He said "go" \\ then \\n left';
        const { text } = await record([{ goal: 'a', date: '2027-04-01', value: '4', note }]);
        const after = await buildPlan(text);
        const entry = after.parseResult.value.declarations.flatMap(d => d.$type === 'Checkin' ? d.entries : []).find(e => e.value === '4');
        expect(entry?.note).toBe(note);
    });

    test('any problem: no edit at all, each problem with its entry', async () => {
        const { outcome } = await record([
            { goal: 'a', date: '2027-04-01', value: '4' },
            { goal: 'zz', date: '2027-04-01', value: '4' },
            { goal: 'a', date: '2027-03-01', value: '7' },
            { goal: 'b', date: '2027-04-01', value: '4', confidence: 'maybe' }
        ]);
        expect(outcome.edits).toEqual([]);
        expect(outcome.problems).toEqual([
            { entry: 1, message: "no goal 'zz' is declared in the plan or in a plan it imports" },
            { entry: 2, message: "goal 'a' already has 3 on 2027-03-01; give --replace to write 7 instead", conflict: true },
            { entry: 3, message: "'maybe' is not a confidence: write low, medium, high" }
        ]);
    });

    test('a plan with syntax errors is refused', async () => {
        const { outcome } = await record([{ goal: 'a', date: '2027-04-01', value: '4' }], {}, PLAN + 'goal c "C" {\n');
        expect(outcome.edits).toEqual([]);
        expect(outcome.problems).toEqual([{ message: expect.stringMatching(/^the plan has syntax errors \(first on line \d+\)/) }]);
    });
});

// Recording random valid entries into the example plans (FUZZ_RUNS cases, seed FUZZ_SEED):
// the plan still parses, lints without a syntax error, reads each recorded value back as
// written, keeps every byte before its first check-in block, and recording the same
// entries again changes nothing.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkinEdits, extractPlan, isGoal, toDay, type CheckinInput, type PlanFile } from '@smart-plan/language';
import { buildPlan, services } from '../helpers.js';
import { EXAMPLE_PLANS } from './examples.js';
import { FUZZ_RUNS, FUZZ_SEED, timeLimit } from './fuzz-settings.js';

const examples = EXAMPLE_PLANS.filter(example => !example.name.startsWith('faulty/'));

/** Entries for the goals of a plan, on dates after its own check-ins, one per goal and date. */
function entriesFor(goals: Array<{ name: string; percent: boolean }>): fc.Arbitrary<CheckinInput[]> {
    const entry = fc.record({
        goal: fc.constantFrom(...goals),
        day: fc.integer({ min: 0, max: 270 }),
        form: fc.constantFrom('day', 'month'),
        amount: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(value => Math.round(value * 100) / 100),
        confidence: fc.option(fc.constantFrom('low', 'medium', 'high'), { nil: undefined }),
        note: fc.option(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '"', '\\', ',', 'é', '{', '}', '/', '*', '%') , maxLength: 20 }), { nil: undefined })
    }).map(({ goal, day, form, amount, confidence, note }) => {
        const date = new Date(Date.UTC(2027, 3, 1) + day * 86_400_000).toISOString();
        return {
            goal: goal.name,
            date: form === 'day' ? date.slice(0, 10) : date.slice(0, 7),
            value: `${amount}${goal.percent ? '%' : ''}`,
            ...(confidence ? { confidence } : {}),
            ...(note !== undefined ? { note } : {})
        };
    });
    return fc.uniqueArray(entry, { minLength: 1, maxLength: 12, selector: e => `${e.goal}|${e.date.length === 7 ? `${e.date}-end` : e.date}` });
}

describe(`check-in fuzzing (${FUZZ_RUNS} inputs, seed ${FUZZ_SEED})`, () => {
    test('recorded entries parse, read back as written, keep the text before them, and record again as no change', async () => {
        const seeds = [];
        for (const example of examples) {
            const document = await buildPlan(example.text);
            const plan = document.parseResult.value as PlanFile;
            const goals = plan.declarations.filter(isGoal).map(goal => ({ name: goal.name, percent: goal.metric[0]?.ref?.unit === '%' }));
            const firstCheckin = plan.declarations.find(d => d.$type === 'Checkin')?.$cstNode?.offset ?? example.text.length;
            seeds.push({ example, goals, firstCheckin });
        }
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...seeds).chain(seed => fc.tuple(fc.constant(seed), entriesFor(seed.goals))),
            async ([seed, entries]) => {
                const before = await buildPlan(seed.example.text);
                const outcome = await checkinEdits(services, before, entries);
                // Month dates and day dates may name the same day: then it is given twice, a problem, and nothing is written.
                if (outcome.problems.length > 0) {
                    expect(outcome.edits).toEqual([]);
                    expect(outcome.problems.every(p => /is given twice/.test(p.message))).toBe(true);
                    return;
                }
                const text = TextDocument.applyEdits(before.textDocument as TextDocument, outcome.edits);
                expect(text.slice(0, seed.firstCheckin)).toBe(seed.example.text.slice(0, seed.firstCheckin));
                const after = await buildPlan(text);
                expect((after.diagnostics ?? []).filter(d => d.code === 'syntax-error')).toEqual([]);
                // A month joins the block of its last day when one exists: compare dates by meaning.
                const recorded = extractPlan(after.parseResult.value as PlanFile).checkins.flatMap(c => c.entries.map(e => ({ ...e, day: c.day })));
                for (const entry of entries) {
                    const found = recorded.find(r => r.goal === entry.goal && r.day === toDay(entry.date, 'end'));
                    expect(found, `${entry.goal} on ${entry.date}`).toBeDefined();
                    expect(`${found!.value}${found!.percent ? '%' : ''}`).toBe(entry.value);
                    expect(found!.note).toBe(entry.note);
                    expect(found!.confidence).toBe(entry.confidence);
                }
                const again = await checkinEdits(services, after, entries);
                expect(again).toMatchObject({ edits: [], added: 0, replaced: 0, unchanged: entries.length, problems: [] });
            }
        ), { numRuns: FUZZ_RUNS, seed: FUZZ_SEED });
    }, timeLimit(FUZZ_RUNS, 60));
});

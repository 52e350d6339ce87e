// Layout-only edits of every example (spaces, tabs, blank lines, CRLF, comments between
// tokens; two declarations swapped) keep the plan's meaning: the edited plan still
// formats, its formatted copy is idempotent and states the same facts (pipeline.ts), and
// it diffs against the original as no change — reformatting or reordering is no
// semantic change. FUZZ_RUNS cases, seed FUZZ_SEED.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffPlans, extractPlan, type PlanFacts, type PlanFile } from '@smart-plan/language';
import { buildPlan } from '../helpers.js';
import { EXAMPLE_PLANS } from './examples.js';
import { FUZZ_RUNS, FUZZ_SEED, timeLimit } from './fuzz-settings.js';
import { applyLayoutEdit, layoutEdit, layoutOf, type PlanLayout } from './generators.js';
import { checkPipeline, withoutLines } from './pipeline.js';

interface Seed {
    name: string;
    text: string;
    layout: PlanLayout;
    facts: PlanFacts;
}

async function factsOf(text: string): Promise<PlanFacts> {
    return extractPlan((await buildPlan(text)).parseResult.value as PlanFile);
}

async function seeds(): Promise<Seed[]> {
    const found: Seed[] = [];
    for (const example of EXAMPLE_PLANS) {
        const document = await buildPlan(example.text);
        found.push({ ...example, layout: layoutOf(document), facts: extractPlan(document.parseResult.value as PlanFile) });
    }
    return found;
}

describe(`layout fuzzing (${FUZZ_RUNS} inputs, seed ${FUZZ_SEED})`, () => {
    test('whitespace, comments and reordering change no fact and still format', async () => {
        const examples = await seeds();
        let swapped = 0;
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...examples),
            layoutEdit,
            async (example, edit) => {
                const text = applyLayoutEdit(example.text, example.layout, edit);
                const [before, after] = [example.facts, await factsOf(text)];
                expect(diffPlans(before, after), 'a layout edit is no semantic change').toEqual([]);
                if (edit.kind === 'spaces') {
                    expect(withoutLines(after)).toEqual(withoutLines(before));
                } else {
                    swapped++;
                }
                const outcome = await checkPipeline(text);
                expect(outcome.formatted, 'a layout edit keeps the plan formattable').toBe(true);
            }
        ), { numRuns: FUZZ_RUNS, seed: FUZZ_SEED + 2 });
        console.log(`layout edits: ${FUZZ_RUNS} inputs, ${swapped} with two declarations swapped`);
        expect(swapped).toBeGreaterThan(0);
    }, timeLimit(FUZZ_RUNS, 250));
});

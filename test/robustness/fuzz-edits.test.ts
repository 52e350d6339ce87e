// Random edits of every example plan (insert, delete, duplicate, swap characters and
// lines, paste a keyword or a hostile character, change the line endings), and random
// token sequences: parsing, linking, validation, formatting, the plan model, the view
// model, the diff and the report renderers never throw, keep every diagnostic inside the
// document, and finish in bounded time (pipeline.ts). FUZZ_RUNS cases each, seed FUZZ_SEED.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_PLANS } from './examples.js';
import { FUZZ_RUNS, FUZZ_SEED, timeLimit } from './fuzz-settings.js';
import { applyEdits, edit, tokenSequence } from './generators.js';
import { checkPipeline, type PipelineOutcome } from './pipeline.js';

function summary(outcomes: PipelineOutcome[]): string {
    const formatted = outcomes.filter(o => o.formatted).length;
    const slowest = Math.max(...outcomes.map(o => o.elapsedMs));
    return `${outcomes.length} inputs, ${formatted} formattable, slowest ${Math.round(slowest)} ms`;
}

describe(`fuzzing (${FUZZ_RUNS} inputs per property, seed ${FUZZ_SEED})`, () => {
    test('the examples exist and pass the pipeline unchanged', async () => {
        expect(EXAMPLE_PLANS.length).toBeGreaterThanOrEqual(5);
        for (const example of EXAMPLE_PLANS) {
            const outcome = await checkPipeline(example.text);
            expect(outcome.formatted, example.name).toBe(true);
        }
    });

    test('random edits of the examples', async () => {
        const outcomes: PipelineOutcome[] = [];
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...EXAMPLE_PLANS),
            fc.array(edit, { minLength: 1, maxLength: 8 }),
            async (example, edits) => {
                outcomes.push(await checkPipeline(applyEdits(example.text, edits)));
            }
        ), { numRuns: FUZZ_RUNS, seed: FUZZ_SEED });
        console.log(`random edits: ${summary(outcomes)}`);
        // Some edits must leave a plan that still formats, or the formatting checks never ran.
        expect(outcomes.filter(o => o.formatted).length).toBeGreaterThan(FUZZ_RUNS / 20);
    }, timeLimit(FUZZ_RUNS, 120));

    test('random token sequences', async () => {
        const outcomes: PipelineOutcome[] = [];
        await fc.assert(fc.asyncProperty(tokenSequence, async text => {
            outcomes.push(await checkPipeline(text));
        }), { numRuns: FUZZ_RUNS, seed: FUZZ_SEED + 1 });
        console.log(`token sequences: ${summary(outcomes)}`);
        expect(outcomes.some(o => o.diagnostics > 0)).toBe(true);
    }, timeLimit(FUZZ_RUNS, 60));
});

/**
 * How hard the property tests push: FUZZ_RUNS generated inputs per property (default 300,
 * what `npm test` runs; `npm run fuzz` sets 5000) from the seed FUZZ_SEED (default fixed,
 * so every run of `npm test` tries the same inputs and a failure can be replayed).
 */
export const FUZZ_RUNS = positiveInteger(process.env.FUZZ_RUNS, 300);
export const FUZZ_SEED = positiveInteger(process.env.FUZZ_SEED, 20270315);

/** The most one generated input may take through the whole pipeline (a hang or a blow-up fails). */
export const CASE_BUDGET_MS = 5_000;

/** Vitest's time limit for a property of `runs` cases, each expected to take about `typicalMs`. */
export function timeLimit(runs: number, typicalMs: number): number {
    return 60_000 + runs * typicalMs * 4;
}

function positiveInteger(text: string | undefined, fallback: number): number {
    const value = Number(text);
    return text !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

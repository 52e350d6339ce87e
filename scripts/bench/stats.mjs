/**
 * Order statistics and timing for the benchmark: medians and p95 over samples (nearest
 * rank, so every figure is a value that was actually measured), and a millisecond clock.
 */
import { performance } from 'node:perf_hooks';

export const now = () => performance.now();

/** The q-quantile (0..1) of the samples by the nearest-rank method. */
export function quantile(samples, q) {
    if (samples.length === 0) {
        throw new Error('quantile of no samples');
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil(q * sorted.length));
    return sorted[rank - 1];
}

export const median = samples => quantile(samples, 0.5);
export const p95 = samples => quantile(samples, 0.95);

/** Runs an async function `runs` times, one after the other; returns the durations in ms. */
export async function timeRuns(runs, run) {
    const samples = [];
    for (let index = 0; index < runs; index++) {
        const start = now();
        await run(index);
        samples.push(now() - start);
    }
    return samples;
}

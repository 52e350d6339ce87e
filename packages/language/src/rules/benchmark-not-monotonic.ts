/** `benchmark-not-monotonic` (R): benchmarks, in date order, move from the baseline toward the target. */
import { formatDate } from '../common/format.js';
import { sortIfUnordered } from '../model/ordering.js';
import { directionOf, hasReached } from '../model/progress.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'benchmark-not-monotonic', letter: 'R', severity: 'error',
        summary: 'Benchmarks, sorted by date, do not move from the baseline toward the target.',
        fix: 'Make each benchmark lie between the previous one (or the baseline) and the target.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    benchmark 300 by 2027-03-31
    benchmark 200 by 2027-06-30
    target 400 by 2027-12-31
}`
    },
    create: () => ({
        Goal: (node, report, context) => {
            const goal = context.goal;
            if (!goal || node.benchmarks.length === 0) {
                return;
            }
            const { baseline, target } = goal.facts;
            const direction = directionOf(goal.facts);
            if (!direction || !target) {
                return;
            }
            const ordered = sortIfUnordered(node.benchmarks
                .map((benchmark, index) => ({ node: benchmark, fact: goal.facts.benchmarks[index] }))
                .filter(b => b.fact?.day !== undefined), b => b.fact.day!);
            // The step before each benchmark: the baseline, then the benchmark before it. Its words
            // are only put together for a finding.
            let previous: { value: number; label: () => string } | undefined = baseline ? { value: baseline.value, label: () => `the baseline ${goal.measured(baseline)}` } : undefined;
            for (const { node: benchmarkNode, fact: benchmark } of ordered) {
                const fromPrevious = previous === undefined || hasReached(direction, benchmark.value, previous.value);
                const notPastTarget = hasReached(direction, target.value, benchmark.value);
                if (!fromPrevious || !notPastTarget) {
                    const bound = !fromPrevious ? `it goes back from ${previous!.label()}` : `it goes past the target ${goal.measured(target)}`;
                    report(`Benchmark ${goal.measured(benchmark)} by ${formatDate(benchmark.date)} of goal '${node.name}' does not move toward the target: ${bound}. Each benchmark should lie between the one before and the target.`,
                        { node: benchmarkNode, property: 'value', data: goal.data });
                }
                previous = { value: benchmark.value, label: () => `the benchmark ${goal.measured(benchmark)} by ${formatDate(benchmark.date)}` };
            }
        }
    })
});

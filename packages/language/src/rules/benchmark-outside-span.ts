/** `benchmark-outside-span` (T): benchmarks lie between the baseline and the deadline. */
import { formatDate } from '../common/format.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'benchmark-outside-span', letter: 'T', severity: 'error',
        summary: "A benchmark is dated before the goal's baseline or after its target date.",
        fix: 'Date the benchmark between the baseline date and the target date.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    target 400 by 2027-12-31
    benchmark 450 by 2028-03-31
}`
    },
    create: () => ({
        Goal: (node, report, context) => {
            const goal = context.goal;
            if (!goal) {
                return;
            }
            const { baseline, target, benchmarks } = goal.facts;
            node.benchmarks.forEach((benchmark, index) => {
                const day = benchmarks[index]?.day;
                if (day === undefined) {
                    return;
                }
                if (baseline?.day !== undefined && day < baseline.day) {
                    report(`Benchmark ${formatDate(benchmark.date)} of goal '${node.name}' is before its baseline (${formatDate(baseline.date)}): date it between the baseline and the target.`,
                        { node: benchmark, property: 'date', data: goal.data });
                } else if (target?.day !== undefined && day > target.day) {
                    report(`Benchmark ${formatDate(benchmark.date)} of goal '${node.name}' is after its deadline (${formatDate(target.date)}): date it between the baseline and the target.`,
                        { node: benchmark, property: 'date', data: goal.data });
                }
            });
        }
    })
});

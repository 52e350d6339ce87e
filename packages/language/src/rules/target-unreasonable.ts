/** `target-unreasonable` (R): the target's implied monthly rate is within the configured bounds. */
import { impliedMonthlyRate } from '../model/progress.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'target-unreasonable', letter: 'R', severity: 'warning',
        summary: "The target's implied monthly rate exceeds maxMonthlyGrowth (or maxMonthlyDecline for a decreasing goal).",
        fix: 'Lower the target, move the deadline out, or raise the threshold in .smartrc.json if the rate is truly achievable.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 100 on 2027-01-01
    target 10000 by 2027-06-30
}`
    },
    create: () => ({
        Goal: (node, report, context) => {
            const goal = context.goal;
            const rate = goal && impliedMonthlyRate(goal.facts);
            if (!goal || rate === undefined) {
                return;
            }
            const increasing = rate >= 0;
            const limit = increasing ? context.config.maxMonthlyGrowth : context.config.maxMonthlyDecline;
            if (Math.abs(rate) > limit) {
                const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
                report(`Goal '${node.name}' needs ${increasing ? '+' : '−'}${percent(Math.abs(rate))} a month from ${goal.measured(goal.facts.baseline!)} to ${goal.measured(goal.facts.target!)}, above the ${percent(limit)} a month deemed reasonable (${increasing ? 'maxMonthlyGrowth' : 'maxMonthlyDecline'}): lower the target or move the deadline out.`,
                    { node: node.target[0], data: goal.data });
            }
        }
    })
});

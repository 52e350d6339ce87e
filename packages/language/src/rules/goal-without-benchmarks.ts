/** `goal-without-benchmarks` (R): a goal longer than its review period has steps on the way. */
import { formatDate } from '../common/format.js';
import { addCadence, formatCadence, type CadenceValue } from '../common/values.js';
import { createRule } from './support/rule.js';

/** The review period of a goal with no cadence of its own or of its plan. */
const ONE_QUARTER: CadenceValue = { count: 1, unit: 'quarter' };

export default createRule({
    meta: {
        id: 'goal-without-benchmarks', letter: 'R', severity: 'warning',
        summary: 'A goal whose baseline and target dates are further apart than its review period has no benchmark.',
        fix: "Add time-specific benchmarks ('benchmark 180 by 2027-03-31') between the baseline and the target.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    target 400 by 2027-12-31
}`
    },
    create: () => ({
        Goal: (node, report, context) => {
            const goal = context.goal;
            const { baseline, target } = goal?.facts ?? {};
            if (!goal || node.benchmarks.length > 0 || baseline?.day === undefined || target?.day === undefined) {
                return;
            }
            const cadence = goal.facts.cadence ?? context.model.header?.cadence ?? ONE_QUARTER;
            if (target.day > addCadence(baseline.day, cadence)) {
                report(`${goal.label} runs from ${formatDate(baseline.date)} to ${formatDate(target.date)}, longer than its review period (${formatCadence(cadence)}), with no benchmark: add 'benchmark VALUE by DATE' steps on the way.`,
                    goal.atName);
            }
        }
    })
});

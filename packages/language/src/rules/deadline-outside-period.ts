/** `deadline-outside-period` (T): a goal is due inside its plan's period. */
import { formatDate } from '../common/format.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'deadline-outside-period', letter: 'T', severity: 'warning',
        summary: "A goal's target date is outside the plan 'period'.",
        fix: "Move the target date into the plan period, or widen the period.",
        example: `plan "Acme 2027" {
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
}
metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2028-06-30
}`
    },
    create: () => ({
        Goal: (node, report, context) => {
            const goal = context.goal;
            // A period ending before it starts is `invalid-date` already, and has no inside to check against.
            const period = context.model.header?.period;
            const deadline = goal?.facts.target?.day;
            if (goal && period && deadline !== undefined && period.start.day !== undefined && period.end.day !== undefined
                && period.start.day <= period.end.day
                && (deadline < period.start.day || deadline > period.end.day)) {
                report(`${goal.label} is due ${formatDate(goal.facts.target!.date)}, outside the plan period ${formatDate(period.start.date)} to ${formatDate(period.end.date)}: move the deadline or widen the period.`,
                    { node: node.target[0], property: 'date', data: goal.data });
            }
        }
    })
});

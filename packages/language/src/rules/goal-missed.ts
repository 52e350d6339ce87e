/** `goal-missed`: the goal's status is `missed` (its deadline passed short of the target). */
import { formatDate } from '../common/format.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-missed', severity: 'error',
        summary: "The goal's status is 'missed': its deadline passed without reaching the target.",
        fix: 'Record the final result, then close the goal or set a new target and deadline.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 0 on 2027-01-01
    target 100 by 2027-02-28
}
checkin 2027-02-01 { growMembers 40 }`
    },
    create: () => ({
        Goal: (_node, report, context) => {
            const goal = context.goal;
            if (goal?.standing.status === 'missed') {
                const target = goal.facts.target!;
                report(`${goal.label} missed its deadline ${formatDate(target.date)}: ${goal.measuredText}, short of the target ${goal.measured(target)}. Record the result and set a new target or close the goal.`, goal.atName);
            }
        }
    })
});

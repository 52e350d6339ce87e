/** `goal-behind`: the goal's status is `behind` (more than the tolerance behind its planned path). */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-behind', severity: 'warning',
        summary: "The goal's status is 'behind': the latest check-in is more than the tolerance behind the planned path.",
        fix: 'Review the tactics serving the goal, or re-plan its benchmarks at the next review.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 0 on 2027-01-01
    target 100 by 2027-12-31
}
checkin 2027-03-01 { growMembers 2 }`
    },
    create: () => ({
        Goal: (_node, report, context) => {
            const goal = context.goal;
            if (goal?.standing.status === 'behind') {
                report(`${goal.offPathText('behind')} Review the tactics that serve it.`, goal.atName);
            }
        }
    })
});

/** `goal-at-risk`: the goal's status is `at-risk` (behind its planned path, within the tolerance). */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-at-risk', severity: 'info',
        summary: "The goal's status is 'at-risk': behind the planned path, within the tolerance.",
        fix: 'Watch the goal at the next check-in.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 0 on 2027-01-01
    target 100 by 2027-12-31
}
checkin 2027-03-01 { growMembers 10 }`
    },
    create: () => ({
        Goal: (_node, report, context) => {
            const goal = context.goal;
            if (goal?.standing.status === 'at-risk') {
                report(`${goal.offPathText('at risk')} Watch it at the next check-in.`, goal.atName);
            }
        }
    })
});

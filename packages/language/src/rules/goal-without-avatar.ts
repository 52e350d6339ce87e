/** `goal-without-avatar` (S): a goal serves a known ideal client. */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-without-avatar', letter: 'S', severity: 'warning',
        summary: "A goal has no 'for', and no strategy that serves it has an 'audience'.",
        fix: "Add 'for AVATAR' naming the ideal client the goal serves.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}`
    },
    create: () => ({
        Goal: (_node, report, context) => {
            const goal = context.goal;
            if (goal && goal.facts.avatars.length === 0 && !goal.servingStrategies.some(strategy => strategy.audience.length > 0)) {
                report(`${goal.label} names no ideal client: add 'for AVATAR' (or an 'audience' on a strategy that serves it).`, goal.atName);
            }
        }
    })
});

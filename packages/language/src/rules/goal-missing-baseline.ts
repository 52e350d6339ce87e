/** `goal-missing-baseline` (R): start where you are. */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-missing-baseline', letter: 'R', severity: 'warning',
        summary: "A goal has no 'baseline': it does not say where you start.",
        fix: "Add 'baseline VALUE on DATE' with today's measured value.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}`
    },
    create: () => ({
        Goal: (_node, report, context) => {
            const goal = context.goal;
            if (goal && !goal.facts.baseline) {
                report(`${goal.label} has no baseline: add 'baseline VALUE on DATE' to say where you start.`, goal.atName);
            }
        }
    })
});

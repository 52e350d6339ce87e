/** `goal-not-time-bound` (T): a goal's target has a deadline. */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { addPropertyLine } from '../lsp/text-edits.js';
import { fixOf, periodEnd } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-not-time-bound', letter: 'T', severity: 'error',
        summary: "A goal has no target date: no 'target ... by DATE', or no target at all.",
        fix: "Give the target a deadline: 'target 400 by 2027-12-31'.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400
}`
    },
    create: () => ({
        Goal: (node, report, context) => {
            const goal = context.goal;
            if (!goal || node.target[0]?.date) {
                return;
            }
            report(goal.facts.target
                ? `${goal.label} is not time-bound: give its target a deadline ('target ${node.target[0].value} by DATE').`
                : `${goal.label} is not time-bound: add a 'target VALUE by DATE'.`, goal.atName);
        }
    }),
    quickFixes: ({ services, document, plan, node }) => {
        const goal = AstUtils.getContainerOfType(node, ast.isGoal);
        if (!goal) {
            return [];
        }
        const deadline = periodEnd(services, plan);
        const target = goal.target[0];
        if (target?.$cstNode) {
            const end = target.$cstNode.range.end;
            return fixOf(`Add a deadline: 'by ${deadline}'`, { range: { start: end, end }, newText: ` by ${deadline}` });
        }
        return fixOf(`Add 'target ... by ${deadline}' (then set the value)`, addPropertyLine(document, goal, `target ${goal.baseline[0]?.value ?? '0'} by ${deadline}`));
    }
});

/** `goal-without-strategy` (A): a strategy works toward every goal. */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { addDeclarationAfter } from '../lsp/text-edits.js';
import { fixOf, quotable } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-without-strategy', letter: 'A', severity: 'warning',
        summary: "No strategy 'serves' the goal.",
        fix: "Add the goal to a strategy's 'serves' list, or write a strategy for it.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}`
    },
    create: () => ({
        Goal: (_node, report, context) => {
            const goal = context.goal;
            if (goal && goal.servingStrategies.length === 0) {
                report(`${goal.label} is served by no strategy: add it to a strategy's 'serves', or write one for it.`, goal.atName);
            }
        }
    }),
    quickFixes: ({ node }) => {
        const goal = AstUtils.getContainerOfType(node, ast.isGoal);
        if (!goal) {
            return [];
        }
        const stub = `${goal.name}Strategy`;
        const stubTitle = `How we reach: ${quotable(goal.title)}`;
        return fixOf(`Create strategy '${stubTitle}' serving this goal`,
            addDeclarationAfter(goal, `strategy ${stub} "${stubTitle}" {\n    serves ${goal.name}\n}`));
    }
});

/** `goal-not-measurable` (M): a goal names the metric it moves and the value to reach. */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { addDeclarationAfter, addPropertyLine } from '../lsp/text-edits.js';
import { fixOf, periodEnd, quotable, titleOf, visibleElements } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-not-measurable', letter: 'M', severity: 'error',
        summary: "A goal has no 'metric' or no 'target'.",
        fix: "Name the metric the goal moves ('metric members') and the value to reach ('target 400 by 2027-12-31').",
        example: `goal growMembers "Grow paid membership" {
    target 400 by 2027-12-31
}`
    },
    create: () => ({
        Goal: (_goal, report, context) => {
            const goal = context.goal;
            if (!goal) {
                return;
            }
            const missing = [!goal.facts.metric && "a 'metric'", !goal.facts.target && "a 'target'"].filter(Boolean);
            if (missing.length > 0) {
                report(`${goal.label} is not measurable: add ${missing.join(' and ')}.`, goal.atName);
            }
        }
    }),
    quickFixes: ({ services, document, plan, node }) => {
        const goal = AstUtils.getContainerOfType(node, ast.isGoal);
        if (!goal) {
            return [];
        }
        const edits = [];
        const added: string[] = [];
        if (goal.metric.length === 0) {
            const metric = visibleElements(services, goal, ast.Metric.$type)[0];
            if (metric) {
                edits.push(addPropertyLine(document, goal, `metric ${metric.name}`));
                added.push(`the metric '${metric.title}'`);
            } else {
                const name = `${goal.name}Measure`;
                edits.push(addDeclarationAfter(goal, `metric ${name} "${quotable(goal.title)}" unit count`), addPropertyLine(document, goal, `metric ${name}`));
                added.push('a new metric');
            }
        }
        if (goal.target.length === 0) {
            edits.push(addPropertyLine(document, goal, `target ${goal.baseline[0]?.value ?? '0'} by ${periodEnd(services, plan)}`));
            added.push('a target');
        }
        return fixOf(`Add ${added.join(' and ')} to '${titleOf(goal) ?? goal.name}' (then set the target value)`, ...edits);
    }
});

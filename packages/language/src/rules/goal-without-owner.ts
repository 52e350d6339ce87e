/** `goal-without-owner` (A): each goal has its own accountable person. */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { addPropertyLine } from '../lsp/text-edits.js';
import { fixOf, titleOf, visibleElements } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-without-owner', letter: 'A', severity: 'warning',
        summary: "A goal has no 'owner' (the plan's owner does not count: each goal needs its own).",
        fix: "Add 'owner PERSON' naming who is accountable for the goal.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}`
    },
    create: () => ({
        Goal: (_node, report, context) => {
            const goal = context.goal;
            if (goal && !goal.facts.owner) {
                report(`${goal.label} has no owner: add 'owner PERSON' for who is accountable (the plan's owner does not count).`, goal.atName);
            }
        }
    }),
    quickFixes: ({ services, document, plan, node }) => {
        const goal = AstUtils.getContainerOfType(node, ast.isGoal);
        if (!goal) {
            return [];
        }
        // Every person may own it; the plan's owner comes first and is the preferred fix.
        const planOwner = plan.header?.owner[0]?.ref ? plan.header.owner[0].$refText : undefined;
        const people = visibleElements(services, goal, ast.Person.$type);
        people.sort((a, b) => Number(b.name === planOwner) - Number(a.name === planOwner));
        const goalTitle = titleOf(goal) ?? goal.name;
        return people.flatMap((person, index) => fixOf(`Make '${person.title}' the owner of '${goalTitle}'`, addPropertyLine(document, goal, `owner ${person.name}`))
            .map(fix => ({ ...fix, preferred: index === 0 })));
    }
});

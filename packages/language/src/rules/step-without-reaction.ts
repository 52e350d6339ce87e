/** `step-without-reaction`: marketing meets the customer at each step of the buying journey. */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { addPropertyLine } from '../lsp/text-edits.js';
import { fixOf, quotable, visibleElements } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'step-without-reaction', severity: 'warning',
        summary: "A journey step has no 'reaction'.",
        fix: "Add 'reaction TACTIC' or 'reaction \"asset\"': how marketing meets the customer at this step.",
        example: `avatar soloCoach "Solo coach" { need pipeline "A steady flow of clients" }
journey buying for soloCoach {
    step aware "Hears about us" { }
}`
    },
    create: () => ({
        Step: (step, report) => {
            if (step.reactions.length === 0) {
                report(`Step '${step.name}' has no reaction: add 'reaction TACTIC' or 'reaction "asset"' for how marketing meets the customer here.`, { node: step, property: 'name' });
            }
        }
    }),
    quickFixes: ({ services, document, node }) => {
        const step = AstUtils.getContainerOfType(node, ast.isStep);
        if (!step) {
            return [];
        }
        const tactics = visibleElements(services, step, ast.Tactic.$type);
        return [
            ...tactics.flatMap(tactic => fixOf(`React with tactic '${tactic.title}'`, addPropertyLine(document, step, `reaction ${tactic.name}`))),
            ...fixOf('React with an asset (then name it)', addPropertyLine(document, step, `reaction "Asset for: ${quotable(step.title)}"`))
        ];
    }
});

/** `tactic-without-strategy` (A): a tactic is the medium of a strategy's message. */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { addDeclarationAfter, addPropertyLine } from '../lsp/text-edits.js';
import { fixOf, quotable, visibleElements } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'tactic-without-strategy', letter: 'A', severity: 'error',
        summary: "A tactic has no 'executes': it delivers no strategy's message.",
        fix: "Add 'executes STRATEGY' naming the strategy whose message this tactic carries.",
        example: `tactic monthlyWebinar "Monthly webinar" {
    channel webinar
}`
    },
    create: () => ({
        Tactic: (tactic, report) => {
            if (tactic.strategy.length === 0) {
                report(`Tactic '${tactic.name}' executes no strategy: add 'executes STRATEGY' for the message it delivers.`, { node: tactic, property: 'name' });
            }
        }
    }),
    quickFixes: ({ services, document, node }) => {
        const tactic = AstUtils.getContainerOfType(node, ast.isTactic);
        if (!tactic) {
            return [];
        }
        const strategies = visibleElements(services, tactic, ast.Strategy.$type);
        const stub = `${tactic.name}Strategy`;
        const stubTitle = `${quotable(tactic.title)}: the message`;
        return [
            ...strategies.flatMap(strategy => fixOf(`Execute strategy '${strategy.title}'`, addPropertyLine(document, tactic, `executes ${strategy.name}`))),
            ...fixOf(`Create strategy '${stubTitle}' for this tactic`, addPropertyLine(document, tactic, `executes ${stub}`),
                addDeclarationAfter(tactic, `strategy ${stub} "${stubTitle}" {\n    message "What this tactic says, and to whom"\n}`))
        ];
    }
});

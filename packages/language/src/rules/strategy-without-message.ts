/** `strategy-without-message` (S): a strategy is the content of the message. */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'strategy-without-message', letter: 'S', severity: 'warning',
        summary: "A strategy has no 'message' (strategy is the content of the message).",
        fix: "Add 'message \"...\"' with what you say to the audience.",
        example: `avatar soloCoach "Solo coach" { need pipeline "A steady flow of clients" }
strategy trustedAdvisor "Be the trusted advisor" {
    audience soloCoach
}`
    },
    create: () => ({
        Strategy: (strategy, report) => {
            if (strategy.message.length === 0) {
                report(`Strategy '${strategy.name}' has no message: add 'message "..."' with what you say (a strategy is the content of the message).`, { node: strategy, property: 'name' });
            }
        }
    })
});

/** `strategy-without-tactic`: a tactic delivers every strategy's message. */
import { isTactic } from '../generated/ast.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'strategy-without-tactic', severity: 'warning',
        summary: "No tactic 'executes' the strategy.",
        fix: "Add a tactic with 'executes STRATEGY' that delivers the message through a medium.",
        example: `strategy trustedAdvisor "Be the trusted advisor" {
    message "Grow your practice with a proven system"
}`
    },
    create: services => {
        const usages = services.plan.UsageIndex;
        return {
            Strategy: (strategy, report) => {
                if (!usages.usagesOf(strategy).some(usage => isTactic(usage.container))) {
                    report(`Strategy '${strategy.name}' is executed by no tactic: add a tactic with 'executes ${strategy.name}' to deliver its message.`, { node: strategy, property: 'name' });
                }
            }
        };
    }
});

/** `strategy-without-audience` (S): a message is always said to someone. */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'strategy-without-audience', letter: 'S', severity: 'warning',
        summary: "A strategy has no 'audience'.",
        fix: "Add 'audience AVATAR': a message is always said to someone.",
        example: `strategy trustedAdvisor "Be the trusted advisor" {
    message "Grow your practice with a proven system"
}`
    },
    create: () => ({
        Strategy: (strategy, report) => {
            if (strategy.audience.length === 0) {
                report(`Strategy '${strategy.name}' has no audience: add 'audience AVATAR' for whom the message speaks to.`, { node: strategy, property: 'name' });
            }
        }
    })
});

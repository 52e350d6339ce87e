/** `strategy-without-goal` (A): a strategy works toward goals. */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'strategy-without-goal', letter: 'A', severity: 'warning',
        summary: "A strategy 'serves' no goal.",
        fix: "Add 'serves GOAL' naming the goals the strategy works toward.",
        example: `strategy trustedAdvisor "Be the trusted advisor" {
    message "Grow your practice with a proven system"
}`
    },
    create: () => ({
        Strategy: (strategy, report) => {
            if (strategy.goals.length === 0) {
                report(`Strategy '${strategy.name}' serves no goal: add 'serves GOAL' for the goals it works toward.`, { node: strategy, property: 'name' });
            }
        }
    })
});

/** `tactic-without-owner` (A): someone carries each tactic out. */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'tactic-without-owner', letter: 'A', severity: 'warning',
        summary: "A tactic has no 'owner'.",
        fix: "Add 'owner PERSON' naming who carries the tactic out.",
        example: `strategy trustedAdvisor "Be the trusted advisor" { message "Grow with us" }
tactic monthlyWebinar "Monthly webinar" {
    executes trustedAdvisor
}`
    },
    create: () => ({
        Tactic: (tactic, report) => {
            if (tactic.owner.length === 0) {
                report(`Tactic '${tactic.name}' has no owner: add 'owner PERSON' for who carries it out.`, { node: tactic, property: 'name' });
            }
        }
    })
});

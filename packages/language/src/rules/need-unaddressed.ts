/** `need-unaddressed` (S): a strategy answers each need of an ideal client. */
import { isAvatar, isStrategy } from '../generated/ast.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'need-unaddressed', letter: 'S', severity: 'info',
        summary: "No strategy 'addresses' the avatar's need.",
        fix: "Add 'addresses AVATAR.NEED' to the strategy that answers the need.",
        example: `avatar soloCoach "Solo coach" {
    need pipeline "A steady flow of clients"
}`
    },
    create: services => {
        const usages = services.plan.UsageIndex;
        return {
            Need: (need, report) => {
                const avatar = need.$container;
                if (isAvatar(avatar) && !usages.usagesOf(need).some(usage => isStrategy(usage.container))) {
                    report(`Need '${avatar.name}.${need.name}' is addressed by no strategy: add 'addresses ${avatar.name}.${need.name}' to the strategy that answers it.`,
                        { node: need, property: 'name' });
                }
            }
        };
    }
});

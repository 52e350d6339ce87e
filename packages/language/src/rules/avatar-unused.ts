/** `avatar-unused` (S): every ideal client is one the plan speaks to. */
import { isGoal, isJourney, isStrategy } from '../generated/ast.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'avatar-unused', letter: 'S', severity: 'warning',
        summary: 'No goal, strategy or journey refers to the avatar.',
        fix: "Refer to the avatar from a goal ('for'), a strategy ('audience') or a journey, or remove it.",
        example: `avatar soloCoach "Solo coach" {
    need pipeline "A steady flow of clients"
}`
    },
    create: services => {
        const usages = services.plan.UsageIndex;
        return {
            Avatar: (avatar, report) => {
                const users = usages.usagesOf(avatar).map(usage => usage.container);
                if (!users.some(user => isGoal(user) || isStrategy(user) || isJourney(user))) {
                    report(`Avatar '${avatar.name}' is not used: refer to it from a goal ('for'), a strategy ('audience') or a journey, or remove it.`, { node: avatar, property: 'name' });
                }
            }
        };
    }
});

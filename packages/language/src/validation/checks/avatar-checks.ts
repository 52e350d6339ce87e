/**
 * Rules about the ideal client and the buying journey: an avatar is used and has needs,
 * each need is addressed by a strategy, and each journey step has a marketing reaction.
 */
import type { ValidationChecks } from 'langium';
import { isGoal, isJourney, isStrategy, type Avatar, type SmartAstType, type Step } from '../../generated/ast.js';
import type { SmartServices } from '../../smart-module.js';
import { reportRule } from '../report.js';

export function avatarChecks(services: SmartServices): ValidationChecks<SmartAstType> {
    const usages = services.plan.UsageIndex;
    return {
        Avatar: (avatar: Avatar, accept) => {
            const name = `Avatar '${avatar.name}'`;
            const users = usages.usagesOf(avatar).map(usage => usage.container);
            if (!users.some(user => isGoal(user) || isStrategy(user) || isJourney(user))) {
                reportRule(accept, 'avatar-unused', `${name} is not used: refer to it from a goal ('for'), a strategy ('audience') or a journey, or remove it.`,
                    { node: avatar, property: 'name' });
            }
            if (avatar.needs.length === 0) {
                reportRule(accept, 'avatar-without-needs', `${name} declares no need: add 'need NAME "..."' for what this client needs.`,
                    { node: avatar, property: 'name' });
            }
            for (const need of avatar.needs) {
                if (!usages.usagesOf(need).some(usage => isStrategy(usage.container))) {
                    reportRule(accept, 'need-unaddressed', `Need '${avatar.name}.${need.name}' is addressed by no strategy: add 'addresses ${avatar.name}.${need.name}' to the strategy that answers it.`,
                        { node: need, property: 'name' });
                }
            }
        },
        Step: (step: Step, accept) => {
            if (step.reactions.length === 0) {
                reportRule(accept, 'step-without-reaction', `Step '${step.name}' has no reaction: add 'reaction TACTIC' or 'reaction "asset"' for how marketing meets the customer here.`,
                    { node: step, property: 'name' });
            }
        }
    };
}

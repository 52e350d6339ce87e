/**
 * Rules keeping strategy (the message: what you say, and to whom) apart from tactics
 * (the medium): a strategy serves goals, speaks to an audience, has a message and is
 * executed by a tactic; a tactic executes a strategy, has an owner, and budgets in the
 * plan's currency; a skill has a coach.
 */
import { AstUtils, type ValidationChecks } from 'langium';
import { isPlanFile, isTactic, type SmartAstType, type Strategy, type Tactic, type Skill } from '../../generated/ast.js';
import type { SmartServices } from '../../smart-module.js';
import { reportRule } from '../report.js';

export function strategyChecks(services: SmartServices): ValidationChecks<SmartAstType> {
    const usages = services.plan.UsageIndex;
    return {
        Strategy: (strategy: Strategy, accept) => {
            const at = { node: strategy, property: 'name' as const };
            const name = `Strategy '${strategy.name}'`;
            if (strategy.goals.length === 0) {
                reportRule(accept, 'strategy-without-goal', `${name} serves no goal: add 'serves GOAL' for the goals it works toward.`, at);
            }
            if (strategy.audience.length === 0) {
                reportRule(accept, 'strategy-without-audience', `${name} has no audience: add 'audience AVATAR' for whom the message speaks to.`, at);
            }
            if (strategy.message.length === 0) {
                reportRule(accept, 'strategy-without-message', `${name} has no message: add 'message "..."' with what you say (a strategy is the content of the message).`, at);
            }
            if (!usages.usagesOf(strategy).some(usage => isTactic(usage.container))) {
                reportRule(accept, 'strategy-without-tactic', `${name} is executed by no tactic: add a tactic with 'executes ${strategy.name}' to deliver its message.`, at);
            }
        },
        Tactic: (tactic: Tactic, accept) => {
            const at = { node: tactic, property: 'name' as const };
            const name = `Tactic '${tactic.name}'`;
            if (tactic.strategy.length === 0) {
                reportRule(accept, 'tactic-without-strategy', `${name} executes no strategy: add 'executes STRATEGY' for the message it delivers.`, at);
            }
            if (tactic.owner.length === 0) {
                reportRule(accept, 'tactic-without-owner', `${name} has no owner: add 'owner PERSON' for who carries it out.`, at);
            }
            const budget = tactic.budget[0];
            const plan = AstUtils.getContainerOfType(tactic, isPlanFile);
            const planCurrency = plan?.header?.currency[0];
            if (budget?.currency && planCurrency && budget.currency !== planCurrency) {
                reportRule(accept, 'unit-mismatch', `The budget of tactic '${tactic.name}' is in ${budget.currency}, but the plan counts in ${planCurrency}: write it in ${planCurrency}.`,
                    { node: budget, property: 'currency' });
            }
            if (budget?.amount?.endsWith('%')) {
                reportRule(accept, 'unit-mismatch', `The budget of tactic '${tactic.name}' is a percentage: write an amount of money.`, { node: budget, property: 'amount' });
            }
        },
        Skill: (skill: Skill, accept) => {
            if (skill.coach.length === 0) {
                reportRule(accept, 'skill-without-coach', `Skill '${skill.name}' has no coach: add 'coach PERSON' for who teaches and monitors it.`, { node: skill, property: 'name' });
            }
        }
    };
}

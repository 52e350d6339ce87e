/**
 * How two versions of a strategy compare, and the one case a strategy's removal is a
 * regression: tactics in the new plan still execute it.
 */
import type { StrategyFacts } from '../plan-facts.js';
import { differ, named } from './differ.js';
import { setChanges, textChange } from './fields.js';
import { plural } from '../../common/vocabulary.js';

export const STRATEGY_DIFFER = differ<StrategyFacts>({
    ...named('strategy', plan => plan.strategies),
    compare: (before, after) => [
        ...textChange('title', before.title, after.title),
        ...setChanges('serves', before.serves, after.serves),
        ...setChanges('audience', before.audience, after.audience),
        ...setChanges('addresses', before.addresses, after.addresses),
        ...textChange('message', before.message, after.message),
        ...textChange('proposition', before.proposition, after.proposition)
    ],
    removed: (strategy, context) => {
        const orphans = context.newPlan.tactics.filter(tactic => tactic.executes === strategy.name).map(tactic => tactic.name);
        return orphans.length > 0
            ? { class: 'regression', note: `while ${plural(orphans.length, 'tactic')} ${orphans.join(', ')} still ${orphans.length === 1 ? 'executes' : 'execute'} it` }
            : { class: 'neutral' };
    }
});

/**
 * How two versions of a tactic compare, its budget included: amounts in the plan's
 * currency when the tactic names none, a raise or cut shown with its delta.
 */
import type { BudgetFacts, TacticFacts } from '../plan-facts.js';
import { differ, named } from './differ.js';
import { ownerChange, presence, presenceClass, spanChange, textChange, valueChange } from './fields.js';
import type { DiffContext, FieldChange } from './types.js';
import { budgetText, percentChange, signed } from './values.js';

export const TACTIC_DIFFER = differ<TacticFacts>({
    ...named('tactic', plan => plan.tactics),
    compare: (before, after, context) => [
        ...textChange('title', before.title, after.title),
        ...valueChange('executes', before.executes, after.executes, presenceClass),
        ...valueChange('channel', before.channel, after.channel),
        ...ownerChange(before.owner, after.owner),
        ...budgetChange(before.budget, after.budget, context),
        ...spanChange('span', before.span, after.span),
        ...valueChange('moves', before.moves, after.moves)
    ]
});

function budgetChange(before: BudgetFacts | undefined, after: BudgetFacts | undefined, context: DiffContext): FieldChange[] {
    const was = before && { ...before, currency: before.currency ?? context.oldCurrency };
    const is = after && { ...after, currency: after.currency ?? context.newCurrency };
    const [oldText, newText] = [was && budgetText(was), is && budgetText(is)];
    if (oldText === newText) {
        return [];
    }
    if (!was || !is) {
        return [presence('budget', oldText, newText)];
    }
    const detail = was.currency === is.currency && was.per === is.per
        ? `budget ${is.amount > was.amount ? 'raised' : 'lowered'} ${was.amount} → ${budgetText(is)} (${signed(is.amount - was.amount)}${percentChange(was.amount, is.amount)})`
        : `budget ${oldText} → ${newText}`;
    return [{ field: 'budget', old: oldText, new: newText, class: 'neutral', detail }];
}

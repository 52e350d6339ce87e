/**
 * Budget totals: a recurring budget counts once per period that starts within the
 * tactic's `from ... to` span (the plan period when the tactic has none); a budget
 * without `per` is a total. Sums are kept per currency. Pure.
 */
import type { BudgetFacts, DatedFact } from './plan-facts.js';
import { addMonths } from '../common/dates.js';

export interface Money {
    amount: number;
    /** The budget's currency, else the plan's; undefined when neither says. */
    currency?: string;
}

type Span = { start: DatedFact; end: DatedFact } | undefined;

/** How many times a recurring budget is spent within the span (periods starting in it). */
export function occurrences(per: NonNullable<BudgetFacts['per']>, start: number, end: number): number {
    if (end < start) {
        return 0;
    }
    if (per === 'week') {
        return Math.floor((end - start) / 7) + 1;
    }
    const months = per === 'month' ? 1 : per === 'quarter' ? 3 : 12;
    let count = 0;
    while (addMonths(start, count * months) <= end) {
        count++;
    }
    return count;
}

/** The total a budget amounts to; undefined for a recurring budget with no span to count in, or too large to count. */
export function budgetTotal(budget: BudgetFacts, tacticSpan: Span, planPeriod: Span, planCurrency?: string): Money | undefined {
    const currency = budget.currency ?? planCurrency;
    if (!budget.per) {
        return { amount: budget.amount, currency };
    }
    const span = tacticSpan ?? planPeriod;
    if (span?.start.day === undefined || span.end.day === undefined) {
        return undefined;
    }
    const amount = budget.amount * occurrences(budget.per, span.start.day, span.end.day);
    return Number.isFinite(amount) ? { amount, currency } : undefined;
}

/** Adds amounts up per currency, in first-seen order. */
export function sumMoney(amounts: Array<Money | undefined>): Money[] {
    const totals = new Map<string | undefined, number>();
    for (const money of amounts) {
        if (money) {
            totals.set(money.currency, (totals.get(money.currency) ?? 0) + money.amount);
        }
    }
    // A sum too large to be a number (absurd amounts) is left out rather than shown as Infinity.
    return [...totals].filter(([, amount]) => Number.isFinite(amount)).map(([currency, amount]) => ({ amount, currency }));
}

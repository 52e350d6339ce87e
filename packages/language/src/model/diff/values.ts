/**
 * Facts and amounts written as a plan author reads them (`170 by 2027-03-31`, `500 EUR
 * per month`), the deltas between two of them (`raised 120 → 130 (+10, +8.3%)`, `slipped
 * 3 days`), and the date helpers the comparisons share: same date, date as a key, days between.
 */
import type { BenchmarkFacts, BudgetFacts, DatedFact, MeasuredValue } from '../plan-facts.js';
import { formatCadence, type CadenceValue } from '../../common/values.js';
import { plural } from '../../common/vocabulary.js';
import type { ChangeClass } from './types.js';

// ---------------------------------------------------------------------------------------
// Writing facts.
// ---------------------------------------------------------------------------------------

export function valueText(value: { value: number; percent: boolean }): string {
    return `${value.value}${value.percent ? '%' : ''}`;
}

export function measuredText(value: MeasuredValue, preposition: 'on' | 'by'): string {
    return value.date !== undefined ? `${valueText(value)} ${preposition} ${value.date}` : valueText(value);
}

export function benchmarkText(benchmark: BenchmarkFacts): string {
    return `${valueText(benchmark)} by ${benchmark.date}`;
}

export function budgetText(budget: BudgetFacts): string {
    return [String(budget.amount), budget.currency, budget.per && `per ${budget.per}`].filter(Boolean).join(' ');
}

export function cadenceText(cadence: CadenceValue | undefined): string | undefined {
    return cadence && formatCadence(cadence);
}

export function quote(text: string): string {
    return `"${text}"`;
}

// ---------------------------------------------------------------------------------------
// Deltas between two amounts.
// ---------------------------------------------------------------------------------------

/** `raised 120 → 130 (+10, +8.3%)`; percentage-valued facts move in points. */
export function valueMove(before: { value: number; percent: boolean }, after: { value: number; percent: boolean }): string {
    if (before.value === after.value) {
        return `${valueText(before)} → ${valueText(after)}`;
    }
    const verb = after.value > before.value ? 'raised' : 'lowered';
    const delta = after.value - before.value;
    const points = before.percent || after.percent ? Math.abs(delta) === 1 ? ' pt' : ' pts' : '';
    return `${verb} ${valueText(before)} → ${valueText(after)} (${signed(delta)}${points}${percentChange(before.value, after.value)})`;
}

export function percentChange(before: number, after: number): string {
    return before === 0 ? '' : `, ${signed((after - before) / Math.abs(before) * 100, 1)}%`;
}

/** `+20`, `−12.5` (with a true minus sign), rounded to the given decimals. */
export function signed(amount: number, decimals = 6): string {
    const rounded = Number(amount.toFixed(decimals));
    return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
}

// ---------------------------------------------------------------------------------------
// Dates.
// ---------------------------------------------------------------------------------------

export function sameDate(a: DatedFact | undefined, b: DatedFact | undefined): boolean {
    if (!a || !b) {
        return a === b;
    }
    return a.day !== undefined && b.day !== undefined ? a.day === b.day : a.date === b.date;
}

export function datedOf(value: MeasuredValue | undefined): DatedFact | undefined {
    return value?.date !== undefined ? { date: value.date, day: value.day } : undefined;
}

/** A date as a key: `day N` when the date exists, else the date as written. */
export function dayKey(dated: DatedFact): string {
    return dated.day !== undefined ? `day ${dated.day}` : dated.date;
}

/** How many days `after` lies after `before`; undefined unless both dates exist. */
export function daysBetween(before: { day?: number }, after: { day?: number }): number | undefined {
    return before.day !== undefined && after.day !== undefined ? after.day - before.day : undefined;
}

/**
 * A dated promise (a deadline, a benchmark) moved: later is a regression, earlier an
 * improvement. `slipped 3 days (2027-03-01 → 2027-03-04)`; undefined unless both dates exist.
 */
export function slip(before: DatedFact, after: DatedFact): { class: ChangeClass; text: string } | undefined {
    const shift = daysBetween(before, after);
    return shift === undefined ? undefined : {
        class: shift > 0 ? 'regression' : 'improvement',
        text: `${shift > 0 ? 'slipped' : 'pulled in'} ${days(shift)} (${before.date} → ${after.date})`
    };
}

/** `3 days later`, `1 day earlier`. */
export function later(shift: number): string {
    return `${days(shift)} ${shift > 0 ? 'later' : 'earlier'}`;
}

function days(count: number): string {
    return plural(Math.abs(count), 'day');
}

/**
 * Plan values as written (`400`, `12.5`, `-3`, `15%`), metric units, and review cadences
 * (`every 2 weeks`), read into numbers. Pure functions, no Langium.
 */
import { addMonths } from './dates.js';

export interface PlanValue {
    /** The number, without the percent sign. */
    amount: number;
    /** Whether the value was written with an attached `%`. */
    percent: boolean;
}

export function parseValue(text: string | undefined): PlanValue | undefined {
    if (text === undefined) {
        return undefined;
    }
    const percent = text.endsWith('%');
    const amount = Number(percent ? text.slice(0, -1) : text);
    return Number.isFinite(amount) ? { amount, percent } : undefined;
}

/** Words for a percentage unit that mean the same as `unit %` (any case). */
export const PERCENT_UNIT_WORDS: readonly string[] = ['percent', 'percentage', 'pct'];

/**
 * A metric's unit as the plan means it: `%` for `%` and its spellings in words
 * (`unit percent`), otherwise the unit as written (`count`, `USD`, `visits`).
 */
export function metricUnit(written: string | undefined): string | undefined {
    return written !== undefined && PERCENT_UNIT_WORDS.includes(written.toLowerCase()) ? '%' : written;
}

export type CadenceUnitName = 'day' | 'week' | 'month' | 'quarter';

export interface CadenceValue {
    count: number;
    unit: CadenceUnitName;
}

/** Reads `every N unit`; undefined when N is not a positive whole number. */
export function parseCadence(countText: string, unitText: string): CadenceValue | undefined {
    const count = Number(countText);
    if (!Number.isInteger(count) || count <= 0) {
        return undefined;
    }
    const unit = unitText.replace(/s$/, '') as CadenceUnitName;
    return { count, unit };
}

/** The day one cadence after the given day (calendar months for months and quarters). */
export function addCadence(day: number, cadence: CadenceValue): number {
    switch (cadence.unit) {
        case 'day': return day + cadence.count;
        case 'week': return day + 7 * cadence.count;
        case 'month': return addMonths(day, cadence.count);
        case 'quarter': return addMonths(day, 3 * cadence.count);
    }
}

export function formatCadence(cadence: CadenceValue): string {
    return `every ${cadence.count} ${cadence.unit}${cadence.count === 1 ? '' : 's'}`;
}

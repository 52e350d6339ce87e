/**
 * How figures and dates read, on every surface: values with their metric's unit, money,
 * percentages, calendar dates, days left, the implied monthly rate and the SMART letters,
 * and plan values as a plan writes them (for rule messages). Formatting only: every figure
 * comes in as it is. Deterministic (en-US digits, English month names), so a report reads
 * the same on every machine. Browser-safe.
 */
import { ROLLUP_ORDER, SMART_LETTERS, STATUS_WORDS, type GoalStatus, type SmartLetter } from './vocabulary.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Number formats by their options, made once: creating an Intl.NumberFormat costs more than formatting. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) {
        format = new Intl.NumberFormat('en-US', options);
        numberFormats.set(key, format);
    }
    return format;
}

/** A number with a precision that suits its size: 22,000 · 161 · 7.18. */
export function formatNumber(value: number): string {
    const size = Math.abs(value);
    const digits = size >= 100 ? 0 : size >= 10 ? 1 : 2;
    return numberFormat({ maximumFractionDigits: digits }).format(value);
}

/** A short number for chart axes: 8.5K, 120, 0.5. */
export function formatCompact(value: number): string {
    return numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A metric value with its unit: `7.1%`, `8,150 USD`, `166` (a `count` has no suffix). */
export function formatValue(value: number | null | undefined, unit?: string): string {
    if (value === null || value === undefined || !Number.isFinite(value)) {
        return '—';
    }
    const number = formatNumber(value);
    if (unit === '%') {
        return `${number}%`;
    }
    return unit && unit !== 'count' ? `${number} ${unit}` : number;
}

/** Money as the plan wrote it: `9,300 USD`, or the bare amount without a currency. */
export function formatMoney(money: { amount: number; currency?: string }): string {
    const amount = numberFormat({ maximumFractionDigits: 2 }).format(money.amount);
    return money.currency ? `${amount} ${money.currency}` : amount;
}

/** Several sums (one per currency), joined: `9,300 USD + 1,200 EUR`. */
export function formatBudgets(budgets: ReadonlyArray<{ amount: number; currency?: string }>): string {
    return budgets.map(formatMoney).join(' + ');
}

/** A percentage rounded to a whole number, unclamped: `16%`, `112%`. */
export function formatPercent(value: number | null | undefined): string {
    return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${Math.round(value)}%`;
}

/** `2027-12-31` → `31 Dec 2027`; text that is not such a date is returned as it is. */
export function formatDate(date: string | null | undefined): string {
    if (!date) {
        return '—';
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
    return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** The month's short name, for chart ticks: `Jan`. */
export function monthName(month: number): string {
    return MONTHS[((month % 12) + 12) % 12];
}

/** `291 days left`, `due today`, `12 days past the deadline`. */
export function formatDaysLeft(days: number | null | undefined): string {
    if (days === null || days === undefined) {
        return '';
    }
    if (days === 0) {
        return 'due today';
    }
    const count = Math.abs(days);
    const noun = count === 1 ? 'day' : 'days';
    return days > 0 ? `${count} ${noun} left` : `${count} ${noun} past the deadline`;
}

/** `+10.3%/mo`: an implied monthly rate. */
export function formatRate(rate: number): string {
    return `${rate >= 0 ? '+' : '−'}${(Math.abs(rate) * 100).toFixed(1)}%/mo`;
}

/** `S M · R T`: the SMART letters, a failing one shown as a dot. */
export function formatLetters(letters: Readonly<Record<SmartLetter, boolean>>): string {
    return SMART_LETTERS.map(letter => letters[letter] ? letter : '·').join(' ');
}

/** `3 aligned: 2 on track, 1 behind` (worst first); empty for a goal without aligned goals. */
export function formatRollup(rollup: { total: number; counts: Partial<Record<GoalStatus, number>> } | undefined): string {
    if (!rollup || rollup.total === 0) {
        return '';
    }
    const parts = ROLLUP_ORDER.filter(status => rollup.counts[status]).map(status => `${rollup.counts[status]} ${STATUS_WORDS[status].words}`);
    return `${rollup.total} aligned: ${parts.join(', ')}`;
}

/**
 * A plan value as a plan would write it, for rule messages: `400`, `12.5%`; rounded to two
 * decimals, no thousands separators (`1200000` stays `1200000`).
 */
export function formatWrittenValue(value: { value: number; percent: boolean }): string {
    return `${roundTo2(value.value)}${value.percent ? '%' : ''}`;
}

/** Rounded to two decimals: 161.0123 → 161.01. */
export function roundTo2(value: number): number {
    return Math.round(value * 100) / 100;
}

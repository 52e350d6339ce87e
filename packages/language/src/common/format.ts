/**
 * How figures and dates read, on every surface (hover, code lens, inlay hints, the
 * preview, the reports, CLI and rule messages): values with their metric's unit (whole
 * numbers for counts, currencies and units shown, thousands separated), money,
 * percentages, plan dates in one prose style, days left, the implied monthly rate and the
 * SMART letters. Formatting only: every figure comes in as it is. Deterministic (en-US
 * digits, English month names), so a report reads the same on every machine. Browser-safe.
 */
import { formatDay } from './dates.js';
import { ROLLUP_ORDER, SMART_LETTERS, STATUS_WORDS, type GoalStatus, type SmartLetter } from './vocabulary.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The number formats, each made once: creating an Intl.NumberFormat costs more than
 * formatting, and a report formats hundreds of thousands of figures.
 */
const fractionFormats: Intl.NumberFormat[] = [];
let compactFormat: Intl.NumberFormat | undefined;

/** Thousands separated, at most `digits` decimals. */
function fractionFormat(digits: number): Intl.NumberFormat {
    return fractionFormats[digits] ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
}

/** A number with a precision that suits its size: 22,000 · 161 · 7.18. */
export function formatNumber(value: number): string {
    const size = Math.abs(value);
    const digits = size >= 100 ? 0 : size >= 10 ? 1 : 2;
    return fractionFormat(digits).format(value);
}

/** A short number for chart axes: 8.5K, 120, 0.5. */
export function formatCompact(value: number): string {
    compactFormat ??= new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
    return compactFormat.format(value);
}

/**
 * How a metric's unit reads: `%` a percentage, `count` a number of things (whole
 * numbers, no suffix), three capital letters a currency (`USD`), any other word a unit
 * written after the number (`12.5 hours`), none a bare number.
 */
export type UnitKind = 'percent' | 'count' | 'money' | 'other' | 'none';

export function unitKind(unit: string | undefined): UnitKind {
    if (unit === undefined || unit === '') {
        return 'none';
    }
    return unit === '%' ? 'percent' : unit === 'count' ? 'count' : /^[A-Z]{3}$/.test(unit) ? 'money' : 'other';
}

/** The number of a metric value as shown: whole for a count, else with the precision of its size. */
function valueNumber(value: number, kind: UnitKind): string {
    return kind === 'count' ? fractionFormat(0).format(Math.round(value) || 0) : formatNumber(value);
}

/** A metric value with its unit: `7.1%`, `8,150 USD`, `166` (a count is a whole number, without a suffix). */
export function formatValue(value: number | null | undefined, unit?: string): string {
    if (value === null || value === undefined || !Number.isFinite(value)) {
        return '—';
    }
    const kind = unitKind(unit);
    const number = valueNumber(value, kind);
    return kind === 'percent' ? `${number}%` : kind === 'money' || kind === 'other' ? `${number} ${unit}` : number;
}

/**
 * Two values of one metric, the first against the second: `166 / 400`, `7.1% / 4%`,
 * `8,150 / 22,000 USD` (a currency or unit written once, at the end).
 */
export function formatValuePair(first: number | null | undefined, second: number | null | undefined, unit?: string): string {
    const kind = unitKind(unit);
    if (kind === 'money' || kind === 'other') {
        const number = (value: number | null | undefined) => value === null || value === undefined || !Number.isFinite(value) ? '—' : valueNumber(value, kind);
        return `${number(first)} / ${number(second)} ${unit}`;
    }
    return `${formatValue(first, unit)} / ${formatValue(second, unit)}`;
}

/** A value as a plan states it (a `%` written on it wins over the metric's unit): `40%`, `22,000 USD`. */
export function formatMeasured(value: { value: number; percent: boolean }, unit?: string): string {
    return formatValue(value.value, value.percent ? '%' : unit);
}

/** Money as the plan wrote it: `9,300 USD`, or the bare amount without a currency. */
export function formatMoney(money: { amount: number; currency?: string }): string {
    const amount = fractionFormat(2).format(money.amount);
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

/**
 * A plan date in prose, the one date style of every surface: `2027-12-31` → `31 Dec 2027`,
 * a month `2027-03` → `Mar 2027`, a quarter `2027-Q1` → `Q1 2027`; other text is returned
 * as it is.
 */
export function formatDate(date: string | null | undefined): string {
    if (!date) {
        return '—';
    }
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (day && MONTHS[Number(day[2]) - 1]) {
        return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
    }
    const month = /^(\d{4})-(\d{2})$/.exec(date);
    if (month && MONTHS[Number(month[2]) - 1]) {
        return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
    }
    const quarter = /^(\d{4})-(Q[1-4])$/.exec(date);
    return quarter ? `${quarter[2]} ${quarter[1]}` : date;
}

/** A day number (dates.ts) in prose: `31 Dec 2027`. */
export function formatDayNumber(day: number): string {
    return formatDate(formatDay(day));
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

/**
 * `+24.1 a month`: the change a month a goal now needs (a rate of a count keeps its
 * fraction: half a member a month is not none).
 */
export function formatPaceNeeded(pace: number, unit?: string): string {
    return `${pace >= 0 ? '+' : '−'}${formatValue(Math.abs(pace), unitKind(unit) === 'count' ? undefined : unit)} a month`;
}

/** A goal's forecast figures as the view model holds them (language.md, "Forecast"); dates `YYYY-MM-DD`. */
export interface ForecastFigures {
    forecast: number | null;
    eta: string | null;
    paceNeeded: number | null;
    target: number | null;
    deadline: string | null;
    unit?: string;
}

/** `415 by 31 Dec 2027`: the value the pace so far reaches by the deadline; empty without a forecast. */
export function formatForecastValue(goal: ForecastFigures): string {
    return goal.forecast === null || goal.deadline === null ? '' : `${formatValue(goal.forecast, goal.unit)} by ${formatDate(goal.deadline)}`;
}

/** `forecast 415 by 31 Dec 2027`, as the code lens shows it; empty without a forecast. */
export function formatForecast(goal: ForecastFigures): string {
    const value = formatForecastValue(goal);
    return value && `forecast ${value}`;
}

/**
 * `415 by 31 Dec 2027 at the pace so far · reaches 400 on 20 Nov 2027 · needs +12 a
 * month`: the whole forecast, shown after a "Forecast" label (hover, goal card, reports);
 * empty when the goal has none of it.
 */
export function formatForecastLine(goal: ForecastFigures): string {
    const parts: string[] = [];
    const value = formatForecastValue(goal);
    if (value) {
        parts.push(`${value} at the pace so far`);
    }
    if (goal.forecast !== null) {
        parts.push(goal.eta !== null ? `reaches ${formatValue(goal.target, goal.unit)} on ${formatDate(goal.eta)}` : 'at this pace never reaches the target');
    }
    if (goal.paceNeeded !== null) {
        parts.push(`needs ${formatPaceNeeded(goal.paceNeeded, goal.unit)}`);
    }
    return parts.join(' · ');
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

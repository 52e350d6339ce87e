/**
 * Plan dates: parsing the three written forms (day `2027-03-31`, month `2027-03`,
 * quarter `2027-Q1`) into day numbers, and the small calendar arithmetic the plan model
 * needs. Pure functions, no Langium.
 *
 * A day number counts days since 1970-01-01 (UTC), so differences are day counts.
 */

/** Where a date is written: a start position reads a month or quarter as its first day. */
export type DatePosition = 'start' | 'end';

export type ParsedDate =
    | { ok: true; day: number; form: 'day' | 'month' | 'quarter' }
    | { ok: false; problem: string };

const DAY_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_FORM = /^(\d{4})-(\d{2})$/;
const QUARTER_FORM = /^(\d{4})-Q(\d)$/;

export function dayNumber(year: number, month: number, day: number): number {
    // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
    return Math.round(new Date(0).setUTCFullYear(year, month - 1, day) / 86_400_000);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1 to 12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Parsed dates by text, one table per position: a plan writes the same few dates
 * hundreds of times (quarter ends, check-in days), and every build reads them all.
 * Emptied when it grows past PARSED_DATES_KEPT, so odd input cannot make it grow unbounded.
 */
const parsedDates: Record<DatePosition, Map<string, ParsedDate>> = { start: new Map(), end: new Map() };
const PARSED_DATES_KEPT = 4096;

/** Parses a written date; a month or quarter means its first day in a start position, else its last. */
export function parseDate(text: string, position: DatePosition): ParsedDate {
    const known = parsedDates[position];
    let parsed = known.get(text);
    if (parsed === undefined) {
        if (known.size >= PARSED_DATES_KEPT) {
            known.clear();
        }
        parsed = Object.freeze(readDate(text, position));
        known.set(text, parsed);
    }
    return parsed;
}

function readDate(text: string, position: DatePosition): ParsedDate {
    let match = DAY_FORM.exec(text);
    if (match) {
        const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
        if (month < 1 || month > 12) {
            return { ok: false, problem: `month ${match[2]} does not exist` };
        }
        if (day < 1 || day > daysInMonth(year, month)) {
            return { ok: false, problem: `${monthName(month)} ${year} has no day ${match[3]}` };
        }
        return { ok: true, day: dayNumber(year, month, day), form: 'day' };
    }
    match = MONTH_FORM.exec(text);
    if (match) {
        const [year, month] = [Number(match[1]), Number(match[2])];
        if (month < 1 || month > 12) {
            return { ok: false, problem: `month ${match[2]} does not exist` };
        }
        const day = position === 'start' ? 1 : daysInMonth(year, month);
        return { ok: true, day: dayNumber(year, month, day), form: 'month' };
    }
    match = QUARTER_FORM.exec(text);
    if (match) {
        const [year, quarter] = [Number(match[1]), Number(match[2])];
        if (quarter < 1 || quarter > 4) {
            return { ok: false, problem: `quarter Q${quarter} does not exist (Q1 to Q4)` };
        }
        const firstMonth = (quarter - 1) * 3 + 1;
        const day = position === 'start'
            ? dayNumber(year, firstMonth, 1)
            : dayNumber(year, firstMonth + 2, daysInMonth(year, firstMonth + 2));
        return { ok: true, day, form: 'quarter' };
    }
    return { ok: false, problem: 'write dates as YYYY-MM-DD, YYYY-MM or YYYY-Qn' };
}

/** The day number of a written date, or undefined when it is not a real date. */
export function toDay(text: string | undefined, position: DatePosition): number | undefined {
    if (text === undefined) {
        return undefined;
    }
    const parsed = parseDate(text, position);
    return parsed.ok ? parsed.day : undefined;
}

/**
 * The day of a real date written YYYY-MM-DD (the form `--today`, `today` in
 * `.smartrc.json` and `smart.today` take), or undefined for anything else.
 */
export function parseIsoDay(text: string): number | undefined {
    if (!DAY_FORM.test(text)) {
        return undefined;
    }
    const parsed = parseDate(text, 'start');
    return parsed.ok ? parsed.day : undefined;
}

/** `2027-03-31` for a day number. */
export function formatDay(day: number): string {
    // Howard Hinnant's civil_from_days, in arithmetic: a report formats hundreds of
    // thousands of days, and a Date and its ISO string per day cost more than the rest.
    const z = Math.floor(day) + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March is 0
    const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
    const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999 || !Number.isFinite(day)) {
        return new Date(day * 86_400_000).toISOString().slice(0, 10); // the forms only Date writes (and its errors)
    }
    return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/** Today's day number from the system clock: the local calendar day (a plan's "today" is the user's, not Greenwich's). */
export function systemToday(): number {
    const now = new Date(Date.now());
    return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}

/** The local calendar day around a moment (epoch milliseconds): when it began and when the next day begins. */
export function localDayAround(time: number): { start: number; end: number } {
    const at = new Date(time);
    return {
        start: new Date(at.getFullYear(), at.getMonth(), at.getDate()).getTime(),
        end: new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1).getTime()
    };
}

/** Milliseconds from now until the next local midnight. */
export function untilNextMidnight(): number {
    const now = Date.now();
    return localDayAround(now).end - now;
}

export function addMonths(day: number, months: number): number {
    const date = new Date(day * 86_400_000);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + months; // 0-based, may overflow into later years
    const targetYear = year + Math.floor(month / 12);
    const targetMonth = ((month % 12) + 12) % 12 + 1;
    const dayOfMonth = Math.min(date.getUTCDate(), daysInMonth(targetYear, targetMonth));
    return dayNumber(targetYear, targetMonth, dayOfMonth);
}

/** Last day of the month containing the day. */
export function endOfMonth(day: number): number {
    const date = new Date(day * 86_400_000);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    return dayNumber(year, month, daysInMonth(year, month));
}

/** Last day of the quarter containing the day. */
export function endOfQuarter(day: number): number {
    const date = new Date(day * 86_400_000);
    const year = date.getUTCFullYear();
    const lastMonth = Math.floor(date.getUTCMonth() / 3) * 3 + 3;
    return dayNumber(year, lastMonth, daysInMonth(year, lastMonth));
}

function monthName(month: number): string {
    return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
        'September', 'October', 'November', 'December'][month - 1];
}

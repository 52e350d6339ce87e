// Dates: the three written forms, start vs end positions, and impossible dates.
import { describe, expect, test } from 'vitest';
import { endOfMonth, endOfQuarter, formatDay, parseDate, toDay } from '@smart-plan/language';
import { findingsOf } from '../helpers.js';

const day = (text: string, position: 'start' | 'end' = 'end') => {
    const parsed = parseDate(text, position);
    return parsed.ok ? formatDay(parsed.day) : parsed.problem;
};

describe('parseDate', () => {
    test('a day is itself in any position', () => {
        expect(day('2027-03-31', 'start')).toBe('2027-03-31');
        expect(day('2027-03-31', 'end')).toBe('2027-03-31');
    });

    test('a month is its first day at a start, its last day elsewhere', () => {
        expect(day('2027-02', 'start')).toBe('2027-02-01');
        expect(day('2027-02', 'end')).toBe('2027-02-28');
        expect(day('2028-02', 'end')).toBe('2028-02-29');
    });

    test('a quarter is its first day at a start, its last day elsewhere', () => {
        expect(day('2027-Q1', 'start')).toBe('2027-01-01');
        expect(day('2027-Q2', 'end')).toBe('2027-06-30');
        expect(day('2027-Q4', 'end')).toBe('2027-12-31');
    });

    test.each([
        ['2027-02-30', /February 2027 has no day 30/],
        ['2027-02-29', /February 2027 has no day 29/],
        ['2027-13-01', /month 13 does not exist/],
        ['2027-00', /month 00 does not exist/],
        ['2027-Q5', /quarter Q5 does not exist/],
        ['2027-04-31', /April 2027 has no day 31/]
    ])('%s is impossible', (text, problem) => {
        expect(day(text)).toMatch(problem);
    });

    test('leap days exist in leap years only', () => {
        expect(day('2028-02-29')).toBe('2028-02-29');
        expect(toDay('2100-02-29', 'end')).toBeUndefined();
    });

    test('the Gregorian leap rule: every 4th year, not every 100th, but every 400th', () => {
        expect(day('2000-02', 'end')).toBe('2000-02-29');
        expect(day('1900-02', 'end')).toBe('1900-02-28');
        expect(day('2024-02-29')).toBe('2024-02-29');
        expect(day('2100-Q1', 'end')).toBe('2100-03-31');
        expect(day('2100-02', 'end')).toBe('2100-02-28');
    });

    test('years below 100 are those years, not 1900 to 1999', () => {
        expect(day('0099-03-01')).toBe('0099-03-01');
        expect(day('0000-02-29')).toBe('0000-02-29'); // year 0 is a leap year of the proleptic calendar
        expect(day('0100-02-29')).toMatch(/February 100 has no day 29/);
    });

    test('every day of ten years reads back as itself, also once more dates were read than are remembered', () => {
        // 3,653 days, each in two positions: past the remembered 4,096 dates, so the memory
        // of parsed dates is emptied on the way and must still answer right.
        const first = toDay('2025-01-01', 'start')!;
        for (const position of ['start', 'end'] as const) {
            for (let offset = 0; offset < 3_653; offset++) {
                const text = formatDay(first + offset);
                expect(parseDate(text, position)).toEqual({ ok: true, day: first + offset, form: 'day' });
            }
        }
        expect(day('2025-02-29')).toMatch(/February 2025 has no day 29/);
        expect(day('2025-02-29')).toMatch(/February 2025 has no day 29/);
    });

    test('a day number reads as the calendar reads it, from year 0 to 9999 and beyond', () => {
        const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
        const first = toDay('0000-01-01', 'start')!;
        const last = toDay('9999-12-31', 'start')!;
        for (let day = first; day <= last; day += 7) {
            expect(formatDay(day)).toBe(iso(day));
        }
        for (const day of [first, last, 0, -1, 59, 60, 10_956, 11_016, toDay('2028-02-29', 'start')!, toDay('2100-03-01', 'start')!]) {
            expect(formatDay(day)).toBe(iso(day));
        }
        expect(formatDay(last + 1)).toBe(iso(last + 1)); // beyond four digits, as Date writes it
        expect(formatDay(first - 1)).toBe(iso(first - 1));
    });

    test('calendar helpers', () => {
        expect(formatDay(endOfMonth(toDay('2027-02-10', 'start')!))).toBe('2027-02-28');
        expect(formatDay(endOfQuarter(toDay('2027-05-10', 'start')!))).toBe('2027-06-30');
    });
});

describe('invalid-date in plans', () => {
    test('an impossible date is reported where it is written', async () => {
        const found = (await findingsOf(`goal g "G" {
    baseline 1 on 2027-02-30
    target 2 by 2027-Q7
    benchmark 1 by 2027-13
}
checkin 2027-04-31 { }
review 2027-06-31 "R" { }`)).filter(f => f.rule === 'invalid-date');
        expect(found.map(f => [f.line, f.text, f.severity])).toEqual([
            [2, '2027-02-30', 'error'], [3, '2027-Q7', 'error'], [4, '2027-13', 'error'], [6, '2027-04-31', 'error'], [7, '2027-06-31', 'error']
        ]);
    });

    test('a span that ends before it starts', async () => {
        const found = (await findingsOf(`plan "P" { period 2027-12-31 to 2027-01-01 }
tactic t "T" { from 2027-Q2 to 2027-03 }
tactic u "U" { from 2027-Q2 to 2027-04 }`)).filter(f => f.rule === 'invalid-date');
        expect(found.map(f => [f.line, f.text])).toEqual([[1, '2027-01-01'], [2, '2027-03']]);
        expect(found[0].message).toMatch(/plan period ends/);
    });

    test('real dates in every form are fine', async () => {
        const found = await findingsOf(`plan "P" { period 2027-Q1 to 2027-Q4 }
tactic t "T" { from 2027-01 to 2027-01 }
checkin 2028-02-29 { }`);
        expect(found.filter(f => f.rule === 'invalid-date')).toEqual([]);
    });
});

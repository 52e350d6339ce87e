// The one number and date formatter of every surface (common/format.ts): whole numbers
// for counts, the unit or currency shown, thousands separated, one prose date style.
import { describe, expect, test } from 'vitest';
import { formatDate, formatDayNumber, formatMeasured, formatMoney, formatValue, formatValuePair, toDay, unitKind } from '@smart-plan/language';

describe('metric values', () => {
    test('a count is a whole number, thousands separated, without a suffix', () => {
        expect(formatValue(161.01, 'count')).toBe('161');
        expect(formatValue(7.6, 'count')).toBe('8');
        expect(formatValue(-0.4, 'count')).toBe('0');
        expect(formatValue(1_250_000, 'count')).toBe('1,250,000');
    });

    test('a currency and any other unit are written after the number', () => {
        expect(formatValue(8150, 'USD')).toBe('8,150 USD');
        expect(formatValue(12.5, 'hours')).toBe('12.5 hours');
        expect(formatValue(7.18, undefined)).toBe('7.18');
    });

    test('a percentage keeps the precision of its size', () => {
        expect(formatValue(7.1, '%')).toBe('7.1%');
        expect(formatValue(45, '%')).toBe('45%');
    });

    test('an unknown value is a dash', () => {
        expect(formatValue(null, 'count')).toBe('—');
        expect(formatValue(Number.NaN, 'USD')).toBe('—');
    });

    test('a pair writes a currency once, a percentage on each side', () => {
        expect(formatValuePair(8150, 22000, 'USD')).toBe('8,150 / 22,000 USD');
        expect(formatValuePair(166, 400, 'count')).toBe('166 / 400');
        expect(formatValuePair(7.1, 4, '%')).toBe('7.1% / 4%');
        expect(formatValuePair(undefined, 400, 'USD')).toBe('— / 400 USD');
    });

    test('a value written with % reads as a percentage whatever the unit', () => {
        expect(formatMeasured({ value: 40, percent: true }, 'count')).toBe('40%');
        expect(formatMeasured({ value: 2000, percent: false }, 'count')).toBe('2,000');
    });

    test('unit kinds', () => {
        expect(['%', 'count', 'USD', 'leads', undefined].map(unitKind)).toEqual(['percent', 'count', 'money', 'other', 'none']);
        expect(formatMoney({ amount: 9300.5, currency: 'USD' })).toBe('9,300.5 USD');
    });
});

describe('dates in prose', () => {
    test('a day, a month and a quarter', () => {
        expect(formatDate('2027-12-31')).toBe('31 Dec 2027');
        expect(formatDate('2027-03')).toBe('Mar 2027');
        expect(formatDate('2027-Q1')).toBe('Q1 2027');
        expect(formatDayNumber(toDay('2027-02-01', 'start')!)).toBe('1 Feb 2027');
    });

    test('text that is no plan date stays as written', () => {
        expect(formatDate('2027-13-01')).toBe('2027-13-01');
        expect(formatDate('2027-Q5')).toBe('2027-Q5');
        expect(formatDate(undefined)).toBe('—');
    });
});

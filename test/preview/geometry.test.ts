// Geometry of the progress bar (percent of the way from baseline to target, clamped, for
// increasing and decreasing goals) and of the chart (scales fitted to the data).
import { describe, expect, test } from 'vitest';
import { barPosition, chartGeometry, clampPercent, dayOf, niceStep, progressBar, segments } from '../../packages/preview/src/geometry.js';
import { decreasingGoal, increasingGoal } from './fixtures.js';

describe('barPosition', () => {
    test('increasing goal: baseline at 0, target at 100', () => {
        expect(barPosition(120, 120, 400)).toBe(0);
        expect(barPosition(260, 120, 400)).toBe(50);
        expect(barPosition(400, 120, 400)).toBe(100);
    });

    test('decreasing goal: lower is further along', () => {
        expect(barPosition(8, 8, 4)).toBe(0);
        expect(barPosition(7, 8, 4)).toBe(25);
        expect(barPosition(4, 8, 4)).toBe(100);
    });

    test('clamped to the bar both ways', () => {
        expect(barPosition(500, 120, 400)).toBe(100);
        expect(barPosition(100, 120, 400)).toBe(0);
        expect(barPosition(9, 8, 4)).toBe(0);
        expect(barPosition(2, 8, 4)).toBe(100);
        expect(clampPercent(-3)).toBe(0);
        expect(clampPercent(140)).toBe(100);
    });

    test('no position without a value or a span', () => {
        expect(barPosition(null, 120, 400)).toBeNull();
        expect(barPosition(5, null, 400)).toBeNull();
        expect(barPosition(5, 10, 10)).toBeNull();
    });
});

describe('progressBar', () => {
    test('increasing goal: fill and actual from progress, expected and ticks placed on the bar', () => {
        const bar = progressBar(increasingGoal({ baseline: 100, target: 500, progress: 20, expected: 160, benchmarks: [{ date: '2027-06-30', value: 300 }] }))!;
        expect(bar.fill).toBe(20);
        expect(bar.actual).toBe(20);
        expect(bar.expected).toBe(15);
        expect(bar.ticks).toEqual([{ at: 50, date: '2027-06-30', value: 300 }]);
    });

    test('decreasing goal: the same geometry, mirrored values', () => {
        const bar = progressBar(decreasingGoal({ baseline: 8, target: 4, actual: 7.5, progress: 12.5, expected: 7, benchmarks: [{ date: '2027-06-30', value: 6 }] }))!;
        expect(bar.fill).toBe(12.5);
        expect(bar.actual).toBe(12.5);
        expect(bar.expected).toBe(25);
        expect(bar.ticks.map(t => t.at)).toEqual([50]);
    });

    test('progress beyond the target or behind the baseline is clamped on the bar', () => {
        expect(progressBar(increasingGoal({ progress: 137.5 }))!.fill).toBe(100);
        expect(progressBar(decreasingGoal({ progress: -25 }))!.actual).toBe(0);
        expect(progressBar(increasingGoal({ expected: 1000 }))!.expected).toBe(100);
    });

    test('before a check-in there is no fill; without baseline or target no bar', () => {
        const bar = progressBar(increasingGoal({ actual: null, progress: null }))!;
        expect(bar.fill).toBeNull();
        expect(bar.actual).toBeNull();
        expect(bar.expected).not.toBeNull();
        expect(progressBar(increasingGoal({ baseline: null }))).toBeNull();
        expect(progressBar(increasingGoal({ target: null }))).toBeNull();
    });
});

describe('chartGeometry', () => {
    test('scales both axes to the data and keeps every point inside the plot', () => {
        const goal = increasingGoal();
        const chart = chartGeometry(goal, '2027-03-15')!;
        const { box } = chart;
        const all = [...chart.plan, ...chart.benchmarks, ...chart.checkins];
        // x in percent of the plot's width, y in pixels inside the plot's top and bottom margins
        for (const point of all) {
            expect(point.x).toBeGreaterThanOrEqual(0);
            expect(point.x).toBeLessThanOrEqual(100);
            expect(point.y).toBeGreaterThanOrEqual(box.top);
            expect(point.y).toBeLessThanOrEqual(box.height - box.bottom);
        }
        // first and last dates at the plot's edges
        expect(chart.plan[0].x).toBe(0);
        expect(chart.plan.at(-1)!.x).toBe(100);
        // the planned path's benchmark on 2027-03-31 lies 89 of 364 days in
        expect(chart.plan[1].x).toBeCloseTo(89 / 364 * 100, 1);
        // y ticks cover baseline and target, and larger values sit higher
        const values = chart.yTicks.map(t => t.value);
        expect(Math.min(...values)).toBeLessThanOrEqual(120);
        expect(Math.max(...values)).toBeGreaterThanOrEqual(400);
        expect(chart.plan.at(-1)!.y).toBeLessThan(chart.plan[0].y);
        expect(chart.checkins).toHaveLength(3);
        expect(chart.checkins[0].note).toBe('January webinar brought 19 members');
        // today inside the dates: a rule between the first check-in and the second benchmark
        expect(chart.today).toBeGreaterThan(chart.checkins[0].x);
        expect(chart.today).toBeLessThan(chart.benchmarks[1].x);
        expect(chart.xTicks.length).toBeGreaterThanOrEqual(4);
        expect(chart.xTicks.length).toBeLessThanOrEqual(7);
        expect(chart.xTicks[0]).toMatchObject({ month: 0, year: 2027 });
    });

    test('a decreasing goal slopes down the other way', () => {
        const chart = chartGeometry(decreasingGoal(), '2027-03-15')!;
        expect(chart.plan.at(-1)!.y).toBeGreaterThan(chart.plan[0].y);
        expect(chart.yTicks.map(t => t.value)).toContain(4);
        expect(chart.yTicks.map(t => t.value)).toContain(8);
    });

    test('check-ins are drawn in date order; today outside the dates draws no rule', () => {
        const goal = increasingGoal({ checkins: [{ date: '2027-03-12', value: 176, afterToday: false }, { date: '2027-02-01', value: 141, afterToday: false }] });
        const chart = chartGeometry(goal, '2030-01-01')!;
        expect(chart.checkins.map(c => c.date)).toEqual(['2027-02-01', '2027-03-12']);
        expect(chart.today).toBeNull();
    });

    test('check-ins alone still chart; undated or malformed points are skipped; nothing dated gives no chart', () => {
        const onlyCheckin = chartGeometry(increasingGoal({ path: [], benchmarks: [], checkins: [{ date: '2027-02-01', value: 5, afterToday: false }] }), '2027-02-01')!;
        expect(onlyCheckin.checkins).toHaveLength(1);
        expect(Number.isFinite(onlyCheckin.checkins[0].x) && Number.isFinite(onlyCheckin.checkins[0].y)).toBe(true);
        const malformed = chartGeometry(increasingGoal({ path: [{ date: 'soon', value: 1 }], benchmarks: [], checkins: [{ date: '<b>', value: 2, afterToday: false }] }), 'today');
        expect(malformed).toBeNull();
        expect(chartGeometry(increasingGoal({ path: [], benchmarks: [], checkins: [] }), '2027-03-15')).toBeNull();
    });

    test('the forecast projects from the last check-in that counts to the forecast on the deadline, inside the plot', () => {
        // The check-in of 1 Apr 2027 is after today: the projection starts at 12 Mar's 176.
        const chart = chartGeometry(increasingGoal({ forecast: 520 }), '2027-03-15')!;
        expect(chart.projection.map(p => [p.date, p.value])).toEqual([['2027-03-12', 176], ['2027-12-31', 520]]);
        expect(chart.projection[0]).toMatchObject({ x: chart.checkins[1].x, y: chart.checkins[1].y });
        expect(chart.projection[1].x).toBe(100);
        // 520 is above the target: the value axis grows to hold it.
        expect(Math.max(...chart.yTicks.map(t => t.value))).toBeGreaterThanOrEqual(520);
        expect(chart.projection[1].y).toBeGreaterThanOrEqual(chart.box.top);
        // No forecast, no deadline, or no check-in before the deadline: nothing projected.
        expect(chartGeometry(increasingGoal({ forecast: null }), '2027-03-15')!.projection).toEqual([]);
        expect(chartGeometry(increasingGoal({ deadline: null }), '2027-03-15')!.projection).toEqual([]);
        expect(chartGeometry(increasingGoal({ checkins: [{ date: '2027-04-01', value: 190, afterToday: true }] }), '2027-03-15')!.projection).toEqual([]);
    });

    test('segments: consecutive pairs of points', () => {
        expect(segments([1, 2, 3])).toEqual([[1, 2], [2, 3]]);
        expect(segments([1])).toEqual([]);
    });

    test('helpers: day numbers and nice steps', () => {
        expect(dayOf('1970-01-02')).toBe(1);
        expect(dayOf('2027-13-01')).toBeUndefined();
        expect(dayOf('x')).toBeUndefined();
        expect(niceStep(70)).toBe(100);
        expect(niceStep(4030)).toBe(5000);
        expect(niceStep(0.9)).toBe(1);
        expect(niceStep(2.2)).toBe(2.5);
    });
});

// The forecast of language.md, against least-squares figures computed by hand: a line
// through the baseline and the check-ins dated on or before today (one point per date,
// the latest written entry of a date), its value on the target date, the first day it
// reaches the target, and the pace now needed per month.
import { describe, expect, test } from 'vitest';
import { extractPlan, fitLine, forecastFallsShort, forecastPoints, formatDay, goalForecast, goalProgress, toDay, type GoalFacts, type PlanFile } from '@smart-plan/language';
import { buildPlan } from '../helpers.js';

const day = (text: string) => toDay(text, 'start')!;
const TODAY = day('2027-03-15');

async function goalFacts(text: string): Promise<GoalFacts> {
    const document = await buildPlan(text);
    return extractPlan(document.parseResult.value as PlanFile).goals[0];
}

async function forecastOf(text: string, today = TODAY) {
    const goal = await goalFacts(text);
    const standing = goalProgress(goal, today, 0.1);
    return { goal, standing, forecast: goalForecast(goal, standing, today) };
}

const goal = (baseline: string, target: string, checkins: string, unit = 'count') => `
metric m "M" unit ${unit}
goal g "G" {
    metric m
    baseline ${baseline} on 2027-01-01
    target ${target} by 2027-12-31
}
${checkins}`;

describe('the forecast', () => {
    test('an increasing goal: points (0,100) (30,130) (60,150) give slope 5/6 a day', async () => {
        // mean day 30, mean value 126.67; cov 1500, var 1800: slope 0.8333.
        const { standing, forecast } = await forecastOf(goal('100', '400', 'checkin 2027-01-31 { g 130 }\ncheckin 2027-03-02 { g 150 }'));
        expect(standing.status).toBe('on-track');
        expect(forecast.forecast).toBeCloseTo(405, 6); // 126.667 + 0.8333 × (364 − 30)
        expect(formatDay(forecast.eta!)).toBe('2027-12-25'); // day 30 + 273.33 / 0.8333 = day 358
        expect(forecast.paceNeeded).toBeCloseTo(250 / (291 / 30.44), 6); // (400 − 150) over 291 days to go
    });

    test('a decreasing goal: forecast, eta after the deadline, a negative pace', async () => {
        // Points (0,8) (31,7.5) (59,7.4): cov −17.9, var 1742, slope −0.0102756.
        const { standing, forecast } = await forecastOf(goal('8%', '4%', 'checkin 2027-02-01 { g 7.5% }\ncheckin 2027-03-01 { g 7.4% }', '%'));
        expect(standing.status).toBe('at-risk');
        const slope = -17.9 / 1742;
        expect(forecast.forecast).toBeCloseTo(7.63333 + slope * 334, 4);
        expect(formatDay(forecast.eta!)).toBe('2028-01-20'); // day 30 + 3.6333 / 0.0102756 = 383.6, rounded up
        expect(forecast.paceNeeded).toBeCloseTo(-3.4 / (291 / 30.44), 6);
    });

    test('a flat goal has a forecast but no eta (the line never reaches the target)', async () => {
        const { standing, forecast } = await forecastOf(goal('100', '200', 'checkin 2027-02-01 { g 100 }\ncheckin 2027-03-01 { g 100 }'));
        expect(standing.status).toBe('behind');
        expect(forecast.forecast).toBeCloseTo(100, 9);
        expect(forecast.eta).toBeUndefined();
        expect(forecast.paceNeeded).toBeCloseTo(100 / (291 / 30.44), 6);
    });

    test('a line pointing away from the target has no eta', async () => {
        const { forecast } = await forecastOf(goal('100', '200', 'checkin 2027-02-01 { g 95 }\ncheckin 2027-03-01 { g 90 }'));
        expect(forecast.forecast).toBeLessThan(100);
        expect(forecast.eta).toBeUndefined();
    });

    test('a done goal, a goal not started and a goal with an unknown status have none', async () => {
        const done = await forecastOf(goal('100', '200', 'checkin 2027-03-01 { g 210 }'));
        expect(done.standing.status).toBe('done');
        expect(done.forecast).toEqual({});
        const notStarted = await forecastOf(goal('100', '200', ''));
        expect(notStarted.standing.status).toBe('not-started');
        expect(notStarted.forecast).toEqual({});
        const unknown = await forecastOf('metric m "M"\ngoal g "G" { metric m target 200 by 2027-12-31 }\ncheckin 2027-03-01 { g 120 }');
        expect(unknown.standing.status).toBe('unknown');
        expect(unknown.forecast).toEqual({});
    });

    test('one check-in gives a line through it and the baseline', async () => {
        const { forecast } = await forecastOf(goal('100', '400', 'checkin 2027-03-01 { g 130 }'));
        expect(forecast.forecast).toBeCloseTo(100 + 30 / 59 * 364, 6);
        expect(formatDay(forecast.eta!)).toBe(formatDay(day('2027-01-01') + Math.ceil(300 / (30 / 59))));
    });

    test('several entries on one date count once: the latest written one', async () => {
        const { goal: facts, forecast } = await forecastOf(goal('100', '400', 'checkin 2027-03-01 { g 120 }\ncheckin 2027-03-01 { g 130 }'));
        expect(forecastPoints(facts, TODAY)).toEqual([{ day: day('2027-01-01'), value: 100 }, { day: day('2027-03-01'), value: 130 }]);
        expect(forecast.forecast).toBeCloseTo(100 + 30 / 59 * 364, 6);
    });

    test('check-ins after today are not points; a check-in on the baseline date replaces the baseline point', async () => {
        const later = await forecastOf(goal('100', '400', 'checkin 2027-03-01 { g 130 }\ncheckin 2027-06-01 { g 999 }'));
        expect(forecastPoints(later.goal, TODAY)).toHaveLength(2);
        expect(later.forecast.forecast).toBeCloseTo(100 + 30 / 59 * 364, 6);
        const sameDay = await forecastOf(goal('100', '400', 'checkin 2027-01-01 { g 105 }'));
        expect(forecastPoints(sameDay.goal, TODAY)).toEqual([{ day: day('2027-01-01'), value: 105 }]);
        expect(sameDay.forecast.forecast).toBeUndefined(); // fewer than two distinct dates
    });

    test('on the deadline itself there is no pace (no months left), but still a forecast', async () => {
        const { forecast } = await forecastOf(goal('100', '400', 'checkin 2027-06-01 { g 200 }'), day('2027-12-31'));
        expect(forecast.paceNeeded).toBeUndefined();
        expect(forecast.forecast).toBeDefined();
    });

    test('fitLine keeps its precision on large day numbers', () => {
        const base = day('2027-01-01');
        const line = fitLine([{ day: base, value: 0 }, { day: base + 1, value: 1 }, { day: base + 2, value: 2 }])!;
        expect(line.slope).toBe(1);
        expect(line.at(base + 10)).toBeCloseTo(10, 9);
        expect(fitLine([{ day: base, value: 1 }])).toBeUndefined();
    });

    test('falls short by more than the tolerance of |target − baseline|, in the goal\'s direction', () => {
        const goalUp = { baseline: { value: 100, percent: false }, target: { value: 400, percent: false } };
        expect(forecastFallsShort(goalUp, { forecast: 369 }, 'increasing', 0.1)).toBe(true);  // 31 short, 30 allowed
        expect(forecastFallsShort(goalUp, { forecast: 370 }, 'increasing', 0.1)).toBe(false); // exactly the tolerance
        expect(forecastFallsShort(goalUp, { forecast: 500 }, 'increasing', 0.1)).toBe(false);
        const goalDown = { baseline: { value: 8, percent: true }, target: { value: 4, percent: true } };
        expect(forecastFallsShort(goalDown, { forecast: 4.5 }, 'decreasing', 0.1)).toBe(true);
        expect(forecastFallsShort(goalDown, { forecast: 3 }, 'decreasing', 0.1)).toBe(false);
        expect(forecastFallsShort(goalDown, {}, 'decreasing', 0.1)).toBe(false);
    });
});

/**
 * Where a goal is heading at its pace so far (language.md, "Forecast"): a straight line
 * fitted by ordinary least squares of value over day number through the baseline point
 * and every check-in dated on or before today (one point per date, the latest written
 * entry of that date), giving the value at the deadline (forecast), the day the line
 * reaches the target (eta) and what it takes per month from here (pace needed). Pure.
 */
import type { GoalFacts } from './plan-facts.js';
import { DAYS_PER_MONTH, type GoalProgress } from './progress.js';

export interface GoalForecast {
    /** The fitted line's value on the target date. */
    forecast?: number;
    /** The first whole day on which the fitted line reaches the target (day number). */
    eta?: number;
    /** (target − actual) per month from today to the target date, in the metric's unit. */
    paceNeeded?: number;
}

/** The statuses a goal has a forecast in: under way, not done, not missed. */
const FORECAST_STATUSES: ReadonlySet<GoalProgress['status']> = new Set(['on-track', 'at-risk', 'behind']);

/** The points of the fit: the baseline, then one per check-in date up to today (the latest written entry of a date). */
export function forecastPoints(goal: GoalFacts, today: number): Array<{ day: number; value: number }> {
    const byDay = new Map<number, number>();
    if (goal.baseline?.day !== undefined) {
        byDay.set(goal.baseline.day, goal.baseline.value);
    }
    // Check-ins are sorted by day, stably: of several on one date, the last is the latest written.
    for (const checkin of goal.checkins) {
        if (checkin.day !== undefined && checkin.day <= today) {
            byDay.set(checkin.day, checkin.value);
        }
    }
    return [...byDay].map(([day, value]) => ({ day, value }));
}

/** The least-squares line through the points; undefined with fewer than two distinct days. */
export function fitLine(points: ReadonlyArray<{ day: number; value: number }>): { slope: number; at: (day: number) => number } | undefined {
    if (points.length < 2) {
        return undefined;
    }
    // Centre on the mean day: day numbers are large (about 20,000), their squares lose precision.
    let meanDay = 0;
    let meanValue = 0;
    for (const { day, value } of points) {
        meanDay += day;
        meanValue += value;
    }
    meanDay /= points.length;
    meanValue /= points.length;
    let covariance = 0;
    let variance = 0;
    for (const { day, value } of points) {
        covariance += (day - meanDay) * (value - meanValue);
        variance += (day - meanDay) ** 2;
    }
    if (variance === 0) {
        return undefined;
    }
    const slope = covariance / variance;
    return { slope, at: day => meanValue + slope * (day - meanDay) };
}

/** The forecast, eta and pace needed of a goal, given its standing as of today; empty for other statuses. */
export function goalForecast(goal: GoalFacts, standing: GoalProgress, today: number): GoalForecast {
    const { baseline, target } = goal;
    if (!FORECAST_STATUSES.has(standing.status) || baseline?.day === undefined || target?.day === undefined || standing.actual === undefined) {
        return {};
    }
    const result: GoalForecast = {};
    const monthsLeft = (target.day - today) / DAYS_PER_MONTH;
    if (monthsLeft > 0) {
        result.paceNeeded = (target.value - standing.actual) / monthsLeft;
    }
    const line = fitLine(forecastPoints(goal, today));
    if (!line) {
        return result;
    }
    result.forecast = line.at(target.day);
    const increasing = standing.direction !== 'decreasing';
    if (increasing ? line.slope > 0 : line.slope < 0) {
        // f(d) = target, solved for d, rounded up to a whole day, never before the baseline.
        const crossing = baseline.day + (target.value - line.at(baseline.day)) / line.slope;
        result.eta = Math.max(baseline.day, Math.ceil(crossing - 1e-9));
    }
    return result;
}

/** Whether the forecast misses the target by more than the tolerance (goal-forecast-short). */
export function forecastFallsShort(goal: Pick<GoalFacts, 'baseline' | 'target'>, forecast: GoalForecast, direction: GoalProgress['direction'], tolerance: number): boolean {
    if (forecast.forecast === undefined || !goal.baseline || !goal.target) {
        return false;
    }
    const allowed = tolerance * Math.abs(goal.target.value - goal.baseline.value);
    const short = direction === 'decreasing' ? forecast.forecast - goal.target.value : goal.target.value - forecast.forecast;
    return short > allowed;
}

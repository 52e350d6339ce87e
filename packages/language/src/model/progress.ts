/**
 * Where a goal stands: its direction, planned path, Expected(d), actual, progress,
 * status and implied monthly rate, exactly as language.md's "Meaning" section defines
 * them. Pure functions over GoalFacts: the one place these figures are computed, for
 * the rules, the CLI report, hover, code lens and the preview alike.
 */
import type { GoalStatus } from '../common/vocabulary.js';
import { sortIfUnordered } from './ordering.js';
import type { GoalFacts, CheckinValue } from './plan-facts.js';

export type Direction = 'increasing' | 'decreasing';

export const DAYS_PER_MONTH = 30.44;

export interface PathPoint {
    day: number;
    value: number;
}

/** A goal whose status can be computed: metric, baseline value and date, target value and date. */
export interface TrackableGoal {
    baseline: PathPoint;
    target: PathPoint;
    direction: Direction;
    path: PathPoint[];
}

/**
 * The unit a goal's values read in: its metric's unit, or `%` when the metric has none and
 * the target is written as a percentage.
 */
export function valueUnit(goal: Pick<GoalFacts, 'metricUnit' | 'target'>): string | undefined {
    return goal.metricUnit ?? (goal.target?.percent ? '%' : undefined);
}

/** Increasing unless the target is below the baseline (a flat goal counts as increasing). */
export function directionOf(goal: Pick<GoalFacts, 'baseline' | 'target'>): Direction | undefined {
    if (!goal.baseline || !goal.target) {
        return undefined;
    }
    return goal.target.value < goal.baseline.value ? 'decreasing' : 'increasing';
}

/** The goal with its planned path, or undefined when it lacks what status needs. */
export function trackable(goal: GoalFacts): TrackableGoal | undefined {
    const { baseline, target } = goal;
    if (!goal.metric || baseline?.day === undefined || target?.day === undefined) {
        return undefined;
    }
    const start = { day: baseline.day, value: baseline.value };
    const end = { day: target.day, value: target.value };
    return { baseline: start, target: end, direction: directionOf(goal)!, path: plannedPath(goal, start, end) };
}

/** Baseline, benchmarks sorted by date, target: the piecewise-linear planned path. */
export function plannedPath(goal: Pick<GoalFacts, 'benchmarks'>, baseline: PathPoint, target: PathPoint): PathPoint[] {
    const benchmarks: PathPoint[] = [];
    for (const benchmark of goal.benchmarks) {
        if (benchmark.day !== undefined) {
            benchmarks.push({ day: benchmark.day, value: benchmark.value });
        }
    }
    return [baseline, ...sortIfUnordered(benchmarks, point => point.day), target];
}

/** Expected(d): interpolated on the path; the baseline before it starts, the target after it ends. */
export function expectedAt(path: PathPoint[], day: number): number {
    if (day <= path[0].day) {
        return path[0].value;
    }
    const last = path[path.length - 1];
    if (day >= last.day) {
        return last.value;
    }
    for (let i = 1; i < path.length; i++) {
        const [from, to] = [path[i - 1], path[i]];
        if (day <= to.day) {
            return to.day === from.day ? to.value : from.value + (to.value - from.value) * (day - from.day) / (to.day - from.day);
        }
    }
    return last.value;
}

/** The latest check-in dated on or before today (check-ins must be sorted by day). */
export function latestCheckin(checkins: CheckinValue[], today: number): CheckinValue | undefined {
    let latest: CheckinValue | undefined;
    for (const checkin of checkins) {
        if (checkin.day !== undefined && checkin.day <= today && (!latest || checkin.day >= latest.day!)) {
            latest = checkin;
        }
    }
    return latest;
}

/** (actual − baseline) / (target − baseline) as a percentage, unclamped. */
export function progressPercent(goal: TrackableGoal, actual: number): number {
    const span = goal.target.value - goal.baseline.value;
    if (span === 0) {
        return actual >= goal.target.value ? 100 : 0;
    }
    return (actual - goal.baseline.value) / span * 100;
}

export function hasReached(direction: Direction, actual: number, target: number): boolean {
    return direction === 'increasing' ? actual >= target : actual <= target;
}

export interface GoalProgress {
    status: GoalStatus;
    direction?: Direction;
    /** The latest check-in value on or before today (also for a goal without status). */
    actual?: number;
    actualDay?: number;
    /** Expected(today). */
    expectedToday?: number;
    /** Expected(date of the latest check-in): what status compares the actual with. */
    expectedAtCheckin?: number;
    /** Progress in percent, unclamped; undefined when unknown or not measured yet. */
    progress?: number;
    /** Implied monthly rate, e.g. 0.103 for +10.3 % a month. */
    monthlyRate?: number;
    deadline?: number;
    /** Days from today to the deadline (negative once passed). */
    daysLeft?: number;
}

/**
 * Status, first match wins: done, missed, not-started, on-track, at-risk (behind by at
 * most tolerance × |target − baseline|), behind. Goals without metric, dated baseline
 * and dated target are `unknown`.
 */
export function goalProgress(goal: GoalFacts, today: number, tolerance: number): GoalProgress {
    const monthlyRate = impliedMonthlyRate(goal);
    const tracked = trackable(goal);
    const latest = latestCheckin(goal.checkins, today);
    if (!tracked) {
        // No status without a planned path, but the latest check-in is still the actual value.
        return {
            status: 'unknown', direction: directionOf(goal), monthlyRate, actual: latest?.value, actualDay: latest?.day,
            deadline: goal.target?.day, daysLeft: goal.target?.day !== undefined ? goal.target.day - today : undefined
        };
    }
    const result: GoalProgress = {
        status: 'unknown',
        direction: tracked.direction,
        monthlyRate,
        expectedToday: expectedAt(tracked.path, today),
        deadline: tracked.target.day,
        daysLeft: tracked.target.day - today
    };
    if (latest) {
        result.actual = latest.value;
        result.actualDay = latest.day;
        result.progress = progressPercent(tracked, latest.value);
        result.expectedAtCheckin = expectedAt(tracked.path, latest.day!);
    }
    result.status = statusOf(tracked, result, today, tolerance);
    return result;
}

function statusOf(goal: TrackableGoal, progress: GoalProgress, today: number, tolerance: number): GoalStatus {
    const { actual, expectedAtCheckin } = progress;
    if (actual !== undefined && hasReached(goal.direction, actual, goal.target.value)) {
        return 'done';
    }
    if (today > goal.target.day) {
        return 'missed';
    }
    if (actual === undefined || expectedAtCheckin === undefined) {
        return 'not-started';
    }
    const ahead = goal.direction === 'increasing' ? actual - expectedAtCheckin : expectedAtCheckin - actual;
    if (ahead >= 0) {
        return 'on-track';
    }
    const allowed = tolerance * Math.abs(goal.target.value - goal.baseline.value);
    return -ahead <= allowed ? 'at-risk' : 'behind';
}

/** (t / b)^(1/m) − 1 with m the months (days / 30.44) from baseline to target; needs b, t > 0. */
export function impliedMonthlyRate(goal: Pick<GoalFacts, 'baseline' | 'target'>): number | undefined {
    const { baseline, target } = goal;
    if (!baseline || !target || baseline.day === undefined || target.day === undefined) {
        return undefined;
    }
    const months = (target.day - baseline.day) / DAYS_PER_MONTH;
    if (baseline.value <= 0 || target.value <= 0 || months <= 0) {
        return undefined;
    }
    return Math.pow(target.value / baseline.value, 1 / months) - 1;
}

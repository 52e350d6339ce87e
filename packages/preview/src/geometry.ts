/**
 * Pure geometry of the pictures: where a goal's progress bar is filled and where its
 * markers and benchmark ticks sit (percent of the bar, baseline at 0 and target at 100,
 * clamped, for increasing and decreasing goals alike), and the scales and points of its
 * chart (x in percent of the plot's width, y in pixels, so text keeps its size). Numbers
 * in, numbers out: the figures themselves (actual, expected, progress) come from the view
 * model and are never recomputed here.
 */
import { maxOf, minOf, parseIsoDay, type GoalView } from '@smart-plan/language/protocol';

/** A percentage held to the bar: 0 to 100. */
export function clampPercent(percent: number): number {
    return Math.min(100, Math.max(0, percent));
}

/**
 * How far along the bar from baseline to target a value sits, in percent, clamped.
 * Works for decreasing goals too (target below baseline). Null when there is no span.
 */
export function barPosition(value: number | null, baseline: number | null, target: number | null): number | null {
    if (value === null || baseline === null || target === null || target === baseline || !Number.isFinite(value)) {
        return null;
    }
    return round(clampPercent((value - baseline) / (target - baseline) * 100));
}

export interface BarTick {
    /** Percent of the bar. */
    at: number;
    date: string;
    value: number;
}

export interface BarGeometry {
    /** The filled part, in percent: the goal's progress clamped; null before a check-in. */
    fill: number | null;
    /** The actual value's marker (the end of the fill), in percent. */
    actual: number | null;
    /** Expected-today's marker, in percent. */
    expected: number | null;
    /** One tick per benchmark, in date order as the view lists them. */
    ticks: BarTick[];
}

/** The progress bar of a goal with a baseline and a target; null for a goal without them. */
export function progressBar(goal: Pick<GoalView, 'baseline' | 'target' | 'expected' | 'progress' | 'benchmarks'>): BarGeometry | null {
    const { baseline, target } = goal;
    if (baseline === null || target === null) {
        return null;
    }
    const fill = goal.progress === null || !Number.isFinite(goal.progress) ? null : round(clampPercent(goal.progress));
    const ticks: BarTick[] = [];
    for (const benchmark of goal.benchmarks) {
        const at = barPosition(benchmark.value, baseline, target);
        if (at !== null) {
            ticks.push({ at, date: benchmark.date, value: benchmark.value });
        }
    }
    return { fill, actual: fill, expected: barPosition(goal.expected, baseline, target), ticks };
}

/**
 * The chart's plot in CSS pixels and percentages: the plot is as wide as the card (x as a
 * percentage of its width, so the chart stretches without scaling its text) and `height`
 * pixels tall, with `top` and `bottom` pixels kept free for the today label and the month
 * labels (y in pixels from the top).
 */
export interface ChartBox {
    height: number;
    top: number;
    bottom: number;
}

export const CHART_BOX: ChartBox = { height: 168, top: 16, bottom: 24 };

export interface ChartPoint {
    /** Percent of the plot's width. */
    x: number;
    /** Pixels from the top. */
    y: number;
    date: string;
    value: number;
}

export interface ChartGeometry {
    box: ChartBox;
    /** The planned path: baseline, benchmarks, target. */
    plan: ChartPoint[];
    benchmarks: ChartPoint[];
    checkins: Array<ChartPoint & { note?: string }>;
    /**
     * The forecast drawn as a projection: from the last check-in that counts (on or before
     * today) to the forecast value on the deadline; empty for a goal without a forecast.
     */
    projection: ChartPoint[];
    /** Today's x (percent), when today falls inside the chart's dates. */
    today: number | null;
    yTicks: Array<{ y: number; value: number }>;
    /** Month ticks (x in percent); `year` is set on the first tick and on every January. */
    xTicks: Array<{ x: number; month: number; year?: number }>;
}

const DAY_MS = 86_400_000;

/** A real `YYYY-MM-DD` date as a day number (days since 1970-01-01, UTC); undefined for anything else. */
export function dayOf(date: string): number | undefined {
    return parseIsoDay(date);
}

/**
 * The chart of a goal: planned path against check-ins, both axes scaled to the data
 * (dates of path, benchmarks and check-ins; values of those, the baseline and the target).
 * Null when the goal has nothing dated to draw.
 */
export function chartGeometry(goal: Pick<GoalView, 'path' | 'benchmarks' | 'checkins' | 'baseline' | 'target' | 'forecast' | 'deadline'>, today: string, box: ChartBox = CHART_BOX): ChartGeometry | null {
    const dated = <T extends { date: string; value: number }>(points: readonly T[]) =>
        points.flatMap(point => {
            const day = dayOf(point.date);
            return day !== undefined && Number.isFinite(point.value) ? [{ ...point, day }] : [];
        });
    const plan = dated(goal.path);
    const benchmarks = dated(goal.benchmarks);
    const checkins = dated(goal.checkins).sort((a, b) => a.day - b.day);
    const projection = projectionPoints(goal, checkins);
    const all = [...plan, ...benchmarks, ...checkins, ...projection];
    if (all.length === 0) {
        return null;
    }
    const days = domain(all.map(p => p.day), 15);
    const values = [...all.map(p => p.value), ...[goal.baseline, goal.target].filter((v): v is number => v !== null && Number.isFinite(v))];
    const [low, high] = domain(values, Math.max(1, Math.abs(values[0]) * 0.1));
    const step = niceStep((high - low) / 4);
    const y0 = Math.floor(low / step) * step;
    const y1 = Math.ceil(high / step) * step;
    const plotHeight = box.height - box.top - box.bottom;
    const x = (day: number) => round((day - days[0]) / (days[1] - days[0]) * 100);
    const y = (value: number) => round(box.top + (1 - (value - y0) / (y1 - y0)) * plotHeight);
    const place = <T extends { date: string; value: number; day: number }>(point: T) => ({ x: x(point.day), y: y(point.value), date: point.date, value: point.value });
    const todayDay = dayOf(today);
    const yTicks: ChartGeometry['yTicks'] = [];
    for (let i = 0; y0 + i * step <= y1 + step / 2; i++) {
        const value = Number((y0 + i * step).toPrecision(12));
        yTicks.push({ y: y(value), value });
    }
    return {
        box,
        plan: plan.map(place),
        benchmarks: benchmarks.map(place),
        checkins: checkins.map(point => ({ ...place(point), note: point.note })),
        projection: projection.map(place),
        today: todayDay !== undefined && todayDay >= days[0] && todayDay <= days[1] ? x(todayDay) : null,
        yTicks,
        xTicks: monthTicks(days[0], days[1]).map(tick => ({ ...tick, x: x(tick.day) }))
    };
}

/** The last counted check-in and the forecast on the deadline, as dated points; none without a forecast. */
function projectionPoints(goal: Pick<GoalView, 'forecast' | 'deadline'>, checkins: ReadonlyArray<{ date: string; value: number; day: number; afterToday: boolean }>): Array<{ date: string; value: number; day: number }> {
    const from = checkins.filter(checkin => !checkin.afterToday).at(-1);
    const deadline = goal.deadline === null ? undefined : dayOf(goal.deadline);
    if (!from || goal.forecast === null || !Number.isFinite(goal.forecast) || deadline === undefined || deadline <= from.day) {
        return [];
    }
    return [{ date: from.date, value: from.value, day: from.day }, { date: goal.deadline!, value: goal.forecast, day: deadline }];
}

/** Consecutive pairs of points: the segments of a line through them. */
export function segments<T>(points: readonly T[]): Array<[T, T]> {
    return points.slice(1).map((point, index) => [points[index], point]);
}

/** The smallest and largest of the numbers, widened by `pad` on both sides when they are equal. */
function domain(numbers: number[], pad: number): [number, number] {
    const low = minOf(numbers);
    const high = maxOf(numbers);
    return low === high ? [low - pad, high + pad] : [low, high];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
export function niceStep(raw: number): number {
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const multiple = [1, 2, 2.5, 5, 10].find(m => m * power >= raw) ?? 10;
    return multiple * power;
}

/** First days of months between two day numbers, every 1, 2, 3, 6 or 12 months: at most 6 ticks. */
function monthTicks(from: number, to: number): Array<{ day: number; month: number; year?: number }> {
    const start = new Date(from * DAY_MS);
    const year = start.getUTCFullYear();
    let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
    const months = (to - from) / 30.44;
    const every = [1, 2, 3, 6, 12].find(step => months / step <= 6) ?? Math.ceil(months / 6 / 12) * 12;
    month = Math.ceil(month / every) * every;
    const ticks: Array<{ day: number; month: number; year?: number }> = [];
    for (; ; month += every) {
        const day = Date.UTC(year + Math.floor(month / 12), month % 12, 1) / DAY_MS;
        if (day > to) {
            break;
        }
        const tickYear = year + Math.floor(month / 12);
        ticks.push({ day, month: month % 12, year: ticks.length === 0 || month % 12 === 0 ? tickYear : undefined });
    }
    return ticks;
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}

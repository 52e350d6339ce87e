/**
 * How two versions of a goal compare: its facts, and its target, deadline, baseline and
 * benchmarks judged by the goal's direction (asking for more is an improvement, for less a
 * regression). A goal added is an improvement; one removed, a regression.
 */
import { pushAll } from '../../common/collections.js';
import type { BenchmarkFacts, GoalFacts, MeasuredValue } from '../plan-facts.js';
import { directionOf, type Direction } from '../progress.js';
import { differ, named } from './differ.js';
import { ownerChange, presence, presenceClass, setChanges, textChange, valueChange } from './fields.js';
import type { ChangeClass, FieldChange } from './types.js';
import { benchmarkText, cadenceText, datedOf, dayKey, daysBetween, later, measuredText, sameDate, slip, valueMove, valueText } from './values.js';

export const GOAL_DIFFER = differ<GoalFacts>({
    ...named('goal', plan => plan.goals),
    compare: compareGoals,
    added: () => 'improvement',
    removed: () => ({ class: 'regression' })
});

function compareGoals(before: GoalFacts, after: GoalFacts): FieldChange[] {
    const units: PercentMetrics = { before: before.metricUnit === '%', after: after.metricUnit === '%' };
    const direction = goalDirection(before, after);
    return [
        ...textChange('title', before.title, after.title),
        ...setChanges('for', before.avatars, after.avatars),
        ...valueChange('metric', before.metric, after.metric),
        ...baselineChange(before.baseline, after.baseline, units),
        ...targetChange(before.target, after.target, direction, units),
        ...deadlineChange(before.target, after.target),
        ...ownerChange(before.owner, after.owner),
        ...valueChange('aligns', before.aligns, after.aligns),
        ...benchmarkChanges(before.benchmarks, after.benchmarks, direction, units),
        ...valueChange('review', ownCadence(before), ownCadence(after))
    ];
}

/** The goal's direction when both versions agree on it (or only one has a baseline and target). */
function goalDirection(before: GoalFacts, after: GoalFacts): Direction | undefined {
    const [was, is] = [directionOf(before), directionOf(after)];
    return was !== undefined && is !== undefined && was !== is ? undefined : is ?? was;
}

/** Whether moving a value from `from` to `to` asks for more (improvement) or less (regression). */
function ambitionClass(direction: Direction | undefined, from: number, to: number): ChangeClass {
    if (direction === undefined || from === to) {
        return 'neutral';
    }
    return (direction === 'increasing') === (to > from) ? 'improvement' : 'regression';
}

/** Whether each side's goal measures a `%` metric, on which a value's `%` is optional. */
interface PercentMetrics {
    before: boolean;
    after: boolean;
}

/** The same value, the old one first: `8` and `8%` are the same on a `%` metric. */
function sameValue(before: { value: number; percent: boolean }, after: { value: number; percent: boolean }, units: PercentMetrics): boolean {
    // NaN is a benchmark whose value did not parse: the same on both sides is no change.
    const same = before.value === after.value || (Number.isNaN(before.value) && Number.isNaN(after.value));
    return same && (before.percent === after.percent || (before.percent || units.before) === (after.percent || units.after));
}

function targetChange(before: MeasuredValue | undefined, after: MeasuredValue | undefined, direction: Direction | undefined, units: PercentMetrics): FieldChange[] {
    if (!before && !after || before && after && sameValue(before, after, units)) {
        return [];
    }
    if (!before || !after) {
        const [was, is] = [before && valueText(before), after && valueText(after)];
        return [presence('target', was, is, presenceClass(was, is))];
    }
    const change = ambitionClass(direction, before.value, after.value);
    const note = direction === undefined ? ' (direction unknown: no baseline, or the goal changed direction)' : '';
    return [{ field: 'target', old: valueText(before), new: valueText(after), class: change, detail: `target ${valueMove(before, after)}${note}` }];
}

/** A deadline added or pulled in is an improvement; removed or slipped, a regression. */
function deadlineChange(before: MeasuredValue | undefined, after: MeasuredValue | undefined): FieldChange[] {
    const [was, is] = [datedOf(before), datedOf(after)];
    if (sameDate(was, is)) {
        return [];
    }
    const moved = was && is ? slip(was, is) : undefined;
    if (moved) {
        return [{ field: 'deadline', old: was?.date, new: is?.date, class: moved.class, detail: `deadline ${moved.text}` }];
    }
    return valueChange('deadline', was?.date, is?.date, presenceClass);
}

function baselineChange(before: MeasuredValue | undefined, after: MeasuredValue | undefined, units: PercentMetrics): FieldChange[] {
    const sameNumber = before && after ? sameValue(before, after, units) : before === after;
    const sameDay = sameDate(datedOf(before), datedOf(after));
    if (sameNumber && sameDay) {
        return [];
    }
    const [was, is] = [before && measuredText(before, 'on'), after && measuredText(after, 'on')];
    if (!before || !after) {
        return [presence('baseline', was, is)];
    }
    const shift = daysBetween(before, after);
    const detail = !sameNumber && sameDay ? `baseline ${valueMove(before, after)}`
        : sameNumber && shift !== undefined ? `baseline date moved ${before.date} → ${after.date} (${later(shift)})`
            : `baseline ${was} → ${is}`;
    return [{ field: 'baseline', old: was, new: is, class: 'neutral', detail }];
}

/**
 * Benchmarks are matched on their date (a changed value), then on their value (a moved
 * date); what is left was removed or added.
 */
function benchmarkChanges(before: BenchmarkFacts[], after: BenchmarkFacts[], direction: Direction | undefined, units: PercentMetrics): FieldChange[] {
    const olds = [...before];
    const news = [...after];
    const take = (list: BenchmarkFacts[], match: (b: BenchmarkFacts) => boolean) => {
        const index = list.findIndex(match);
        return index < 0 ? undefined : list.splice(index, 1)[0];
    };
    for (const benchmark of [...olds]) {
        if (take(news, b => dayKey(b) === dayKey(benchmark) && sameValue(benchmark, b, units))) {
            take(olds, b => b === benchmark);
        }
    }
    const changes: FieldChange[] = [];
    for (const benchmark of [...olds]) {
        const sameDay = take(news, b => dayKey(b) === dayKey(benchmark));
        if (sameDay) {
            take(olds, b => b === benchmark);
            changes.push({
                field: 'benchmark', old: benchmarkText(benchmark), new: benchmarkText(sameDay), class: ambitionClass(direction, benchmark.value, sameDay.value),
                detail: `benchmark by ${sameDay.date} ${valueMove(benchmark, sameDay)}`
            });
        }
    }
    for (const benchmark of [...olds]) {
        const sameNumber = take(news, b => sameValue(benchmark, b, units));
        if (sameNumber) {
            take(olds, b => b === benchmark);
            const moved = slip(benchmark, sameNumber);
            changes.push({
                field: 'benchmark', old: benchmarkText(benchmark), new: benchmarkText(sameNumber),
                class: moved?.class ?? 'neutral',
                detail: moved
                    ? `benchmark ${valueText(benchmark)} ${moved.text}`
                    : `benchmark ${valueText(benchmark)} moved ${benchmark.date} → ${sameNumber.date}`
            });
        }
    }
    pushAll(changes, olds.map(b => presence('benchmark', benchmarkText(b), undefined, 'regression')));
    pushAll(changes, news.map(b => presence('benchmark', undefined, benchmarkText(b), 'improvement')));
    return changes;
}

function ownCadence(goal: GoalFacts): string | undefined {
    return goal.ownCadence ? cadenceText(goal.cadence) : undefined;
}

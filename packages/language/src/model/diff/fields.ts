/**
 * The generic fact comparisons every kind is built from: one value, quoted text, an owner,
 * a repeatable fact compared as a set, named parts (needs, steps) and a date span. Each
 * returns the FieldChanges between the two sides, empty when they are the same.
 */
import { pushAll } from '../../common/collections.js';
import type { DatedFact } from '../plan-facts.js';
import type { ChangeClass, FieldChange } from './types.js';
import { daysBetween, later, quote, sameDate } from './values.js';

export function valueChange(field: string, before: string | undefined, after: string | undefined, classify?: (before?: string, after?: string) => ChangeClass): FieldChange[] {
    if (before === after) {
        return [];
    }
    const change = classify?.(before, after) ?? 'neutral';
    return before !== undefined && after !== undefined
        ? [{ field, old: before, new: after, class: change, detail: `${field} ${before} → ${after}` }]
        : [presence(field, before, after, change)];
}

export function textChange(field: string, before: string | undefined, after: string | undefined): FieldChange[] {
    return before === after ? [] : valueChange(field, before === undefined ? undefined : quote(before), after === undefined ? undefined : quote(after));
}

/** An owner removed is a regression (nobody is accountable); one added, an improvement. */
export function ownerChange(before: string | undefined, after: string | undefined): FieldChange[] {
    return valueChange('owner', before, after, presenceClass);
}

/** A fact added is an improvement, one removed a regression; one changed is neutral. */
export function presenceClass(before: string | undefined, after: string | undefined): ChangeClass {
    return before === undefined ? 'improvement' : after === undefined ? 'regression' : 'neutral';
}

/** A fact on one side only: removed when `after` is undefined, else added. */
export function presence(field: string, before: string | undefined, after: string | undefined, change: ChangeClass = 'neutral'): FieldChange {
    return after === undefined
        ? { field, old: before, class: change, detail: `${field} ${before} removed` }
        : { field, new: after, class: change, detail: `${field} ${after} added` };
}

export const quoted = { quote: true };

/** Repeatable facts compared as sets: written order and repeats do not matter. */
export function setChanges(field: string, before: string[], after: string[], options: { quote?: boolean } = {}): FieldChange[] {
    const show = (item: string) => options.quote ? quote(item) : item;
    const [was, is] = [new Set(before), new Set(after)];
    return [
        ...[...was].filter(item => !is.has(item)).map(item => presence(field, show(item), undefined)),
        ...[...is].filter(item => !was.has(item)).map(item => presence(field, undefined, show(item)))
    ];
}

/**
 * Named parts (an avatar's needs, a journey's steps): added, removed, or changed inside.
 * A name used twice is a lint error; as for elements, the first part of a name counts.
 */
export function partChanges<P extends { name: string; title: string }>(field: string, before: P[], after: P[], compare: (before: P, after: P) => FieldChange[]): FieldChange[] {
    const [was, is] = [firstByName(before), firstByName(after)];
    const changes: FieldChange[] = [...was.values()]
        .filter(part => !is.has(part.name))
        .map(part => ({ field, old: part.name, class: 'neutral', detail: `${field} ${part.name} ${quote(part.title)} removed` }));
    for (const part of is.values()) {
        const previous = was.get(part.name);
        pushAll(changes, previous
            ? compare(previous, part).map(change => ({ ...change, part: part.name }))
            : [{ field, new: part.name, class: 'neutral' as const, detail: `${field} ${part.name} ${quote(part.title)} added` }]);
    }
    return changes;
}

function firstByName<P extends { name: string }>(parts: P[]): Map<string, P> {
    const byName = new Map<string, P>();
    for (const part of parts) {
        if (!byName.has(part.name)) {
            byName.set(part.name, part);
        }
    }
    return byName;
}

/** A plan's period or a tactic's span: `2027-01 to 2027-06`, with how far each end moved. */
export function spanChange(field: string, before: { start: DatedFact; end: DatedFact } | undefined, after: { start: DatedFact; end: DatedFact } | undefined): FieldChange[] {
    if (sameDate(before?.start, after?.start) && sameDate(before?.end, after?.end)) {
        return [];
    }
    const [was, is] = [before && `${before.start.date} to ${before.end.date}`, after && `${after.start.date} to ${after.end.date}`];
    if (!before || !after) {
        return [presence(field, was, is)];
    }
    const shifts = [
        shiftText('starts', before.start, after.start),
        shiftText('ends', before.end, after.end)
    ].filter(Boolean);
    return [{ field, old: was, new: is, class: 'neutral', detail: `${field} ${was} → ${is}${shifts.length > 0 ? ` (${shifts.join(', ')})` : ''}` }];
}

function shiftText(what: string, before: DatedFact, after: DatedFact): string {
    const shift = daysBetween(before, after);
    return shift === undefined || shift === 0 ? '' : `${what} ${later(shift)}`;
}

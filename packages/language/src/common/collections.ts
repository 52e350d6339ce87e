/**
 * Array helpers for lists of any length. Spreading an array into a call
 * (`push(...items)`, `Math.max(...values)`) passes each element as an argument, and V8
 * runs out of stack at about 120,000 of them: a plan with that many findings once reported
 * none. Every list that grows with a plan goes through these instead (a structure test
 * fails on a spread into a call that is not known to be short). Browser-safe.
 */

/** Appends every item to the target, one by one; returns the target. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
    for (const item of items) {
        target.push(item);
    }
    return target;
}

/** The largest of the values; `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
    let found: number | undefined;
    for (const value of values) {
        found = found === undefined || value > found ? value : found;
    }
    return found ?? empty;
}

/** The smallest of the values; `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
    let found: number | undefined;
    for (const value of values) {
        found = found === undefined || value < found ? value : found;
    }
    return found ?? empty;
}

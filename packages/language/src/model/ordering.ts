/**
 * Date order for the parts of a goal that plans nearly always write in date order
 * (benchmarks, check-ins): sorted in place, stably, and only when they are not in order
 * already, because a sort copies the array and the plan model and the rules order these
 * lists for every goal on every build. Pure.
 */

/** Sorts `items` in place by `key`, ascending and stable, unless they are in that order already; returns them. */
export function sortIfUnordered<T>(items: T[], key: (item: T) => number): T[] {
    for (let index = 1; index < items.length; index++) {
        if (!(key(items[index - 1]) <= key(items[index]))) {
            return items.sort((a, b) => key(a) - key(b));
        }
    }
    return items;
}

/**
 * A seeded pseudo-random generator (mulberry32), so every generated corpus is the same
 * from run to run and machine to machine. Nothing in the benchmark uses Math.random.
 */
export function seededRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        /** A float in [0, 1). */
        next,
        /** An integer in [min, max]. */
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        /** One element of a non-empty list. */
        pick: list => list[Math.floor(next() * list.length)],
        /** `count` distinct elements of a list, in list order. */
        sample: (list, count) => {
            const chosen = new Set();
            while (chosen.size < Math.min(count, list.length)) {
                chosen.add(Math.floor(next() * list.length));
            }
            return [...chosen].sort((a, b) => a - b).map(index => list[index]);
        }
    };
}

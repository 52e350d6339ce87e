/**
 * Did-you-mean: the names closest to a misspelt one, by edit distance (case ignored),
 * for the editor's quick fix and the CLI's messages. Browser-safe.
 */

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}

/**
 * The candidates close enough to `typed` to be what was meant (at most two edits, or a
 * third of its length), closest first, then alphabetically; at most `limit` of them.
 */
export function closestNames(typed: string, candidates: Iterable<string>, limit = 3): string[] {
    const lower = typed.toLowerCase();
    const allowed = Math.max(2, Math.floor(typed.length / 3));
    const scored: Array<{ name: string; distance: number }> = [];
    for (const name of candidates) {
        if (Math.abs(name.length - typed.length) > allowed) {
            continue; // more edits apart than allowed: no need to count them
        }
        const distance = editDistance(lower, name.toLowerCase());
        if (distance <= allowed) {
            scored.push({ name, distance });
        }
    }
    return scored
        .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
        .slice(0, limit)
        .map(candidate => candidate.name);
}

/**
 * Counted nouns for the formats' summaries: `1 error`, `3 warnings`.
 */
export function plural(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

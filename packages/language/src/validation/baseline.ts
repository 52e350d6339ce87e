/**
 * The lint baseline (cli.md, "Adopting smart in a repository that already has plans"):
 * the errors and warnings a repository had when it adopted smart, counted per file and
 * rule, so that only new problems fail the build. Pure: recording, applying and pruning
 * counts; the file itself is read and written elsewhere (config/baseline-file.ts).
 */

/** Recorded counts: file (relative to the baseline file, `/`-separated) → rule → count. */
export type LintBaseline = Record<string, Record<string, { count: number }>>;

/** A problem as the baseline counts it. */
export interface BaselinedProblem {
    rule: string;
    severity: 'error' | 'warning' | 'info';
}

/** Infos are never recorded or held back: they fail nothing. */
function counts(problem: BaselinedProblem): boolean {
    return problem.severity !== 'info';
}

/** How many problems of each rule a file has (errors and warnings). */
export function countByRule(problems: readonly BaselinedProblem[]): Map<string, number> {
    const byRule = new Map<string, number>();
    for (const problem of problems) {
        if (counts(problem)) {
            byRule.set(problem.rule, (byRule.get(problem.rule) ?? 0) + 1);
        }
    }
    return byRule;
}

export interface BaselineOutcome<P> {
    /** The problems still reported: those of a file and rule over the recorded count (all of them then). */
    reported: P[];
    /** Problems held back by the baseline. */
    suppressed: P[];
    /** File and rule with more problems than recorded: how many are allowed, how many found. */
    exceeded: Array<{ file: string; rule: string; allowed: number; found: number }>;
}

/** Applies the recorded counts to one file's problems. */
export function applyBaseline<P extends BaselinedProblem>(baseline: LintBaseline, file: string, problems: readonly P[]): BaselineOutcome<P> {
    const recorded = baseline[file] ?? {};
    const found = countByRule(problems);
    const outcome: BaselineOutcome<P> = { reported: [], suppressed: [], exceeded: [] };
    for (const [rule, count] of found) {
        const allowed = recorded[rule]?.count ?? 0;
        if (allowed > 0 && count > allowed) {
            outcome.exceeded.push({ file, rule, allowed, found: count });
        }
    }
    for (const problem of problems) {
        const allowed = recorded[problem.rule]?.count ?? 0;
        if (counts(problem) && allowed > 0 && (found.get(problem.rule) ?? 0) <= allowed) {
            outcome.suppressed.push(problem);
        } else {
            outcome.reported.push(problem);
        }
    }
    return outcome;
}

/** Recorded counts no longer reached: file and rule, recorded and found (0 for a file that is gone). */
export function unusedSuppressions(baseline: LintBaseline, found: ReadonlyMap<string, ReadonlyMap<string, number>>): Array<{ file: string; rule: string; recorded: number; found: number }> {
    const unused: Array<{ file: string; rule: string; recorded: number; found: number }> = [];
    for (const [file, rules] of Object.entries(baseline)) {
        const inFile = found.get(file);
        if (!inFile) {
            continue; // a file not linted this run says nothing about its counts
        }
        for (const [rule, { count }] of Object.entries(rules)) {
            const now = inFile.get(rule) ?? 0;
            if (now < count) {
                unused.push({ file, rule, recorded: count, found: now });
            }
        }
    }
    return unused;
}

/**
 * The baseline after recording the found counts of the linted files: for the given rules
 * only (all rules when `rules` is undefined); other files and rules are kept as they were.
 */
export function recordBaseline(baseline: LintBaseline, found: ReadonlyMap<string, ReadonlyMap<string, number>>, rules?: ReadonlySet<string>): LintBaseline {
    const next = cloneBaseline(baseline);
    for (const [file, byRule] of found) {
        const entry = { ...next[file] };
        for (const rule of Object.keys(entry)) {
            if (!rules || rules.has(rule)) {
                delete entry[rule];
            }
        }
        for (const [rule, count] of byRule) {
            if (count > 0 && (!rules || rules.has(rule))) {
                entry[rule] = { count };
            }
        }
        setEntry(next, file, entry);
    }
    return next;
}

/** The baseline with each count lowered to what was found, and files that are gone removed. */
export function pruneBaseline(baseline: LintBaseline, found: ReadonlyMap<string, ReadonlyMap<string, number>>, exists: (file: string) => boolean): LintBaseline {
    const next: LintBaseline = {};
    for (const [file, rules] of Object.entries(baseline)) {
        if (!exists(file)) {
            continue;
        }
        const inFile = found.get(file);
        const entry: Record<string, { count: number }> = {};
        for (const [rule, { count }] of Object.entries(rules)) {
            const kept = inFile ? Math.min(count, inFile.get(rule) ?? 0) : count;
            if (kept > 0) {
                entry[rule] = { count: kept };
            }
        }
        setEntry(next, file, entry);
    }
    return next;
}

/** The baseline as its file holds it: files and rules sorted, so it diffs well in review. */
export function serializeBaseline(baseline: LintBaseline): string {
    const sorted: LintBaseline = {};
    for (const file of Object.keys(baseline).sort()) {
        sorted[file] = {};
        for (const rule of Object.keys(baseline[file]).sort()) {
            sorted[file][rule] = { count: baseline[file][rule].count };
        }
    }
    return JSON.stringify(sorted, null, 2) + '\n';
}

function cloneBaseline(baseline: LintBaseline): LintBaseline {
    return Object.fromEntries(Object.entries(baseline).map(([file, rules]) => [file, { ...rules }]));
}

function setEntry(baseline: LintBaseline, file: string, entry: Record<string, { count: number }>): void {
    if (Object.keys(entry).length > 0) {
        baseline[file] = entry;
    } else {
        delete baseline[file];
    }
}

/**
 * Plan diagnostics as the CLI reports them: the rule id, a severity word, the message and
 * the LSP range, for every output format to print.
 */
import { isAbsolute, relative } from 'node:path';
import { countSeverities, planDiagnostics, type PlanDiagnostic, type SeverityCounts } from '@smart-plan/language';
import type { LangiumDocument } from 'langium';

export type { PlanDiagnostic };

export interface FileDiagnostics {
    /** Absolute path of the plan. */
    path: string;
    diagnostics: PlanDiagnostic[];
}

export function diagnosticsOf(document: LangiumDocument): PlanDiagnostic[] {
    return planDiagnostics(document.diagnostics ?? []);
}

/**
 * The formats a person reads (stylish, github) list at most this many problems of a file,
 * then say how many more there are; the counts, the exit code and the JSON, SARIF and JUnit
 * reports always hold every problem.
 */
export const MAX_LISTED_PER_FILE = 1_000;

/** The line that follows a file's listed problems when some were left out. */
export function notListedLine(hidden: number): string {
    return `… ${hidden} more problem${hidden === 1 ? '' : 's'} in this file not listed (--format json or sarif lists every one)`;
}

/** The run's diagnostics counted by severity. */
export function tally(files: FileDiagnostics[]): SeverityCounts {
    return countSeverities(files.flatMap(file => file.diagnostics), diagnostic => diagnostic.severity);
}

/** A path as the user reads it: relative to the current directory when inside it, else absolute. */
export function displayPath(path: string, cwd: string): string {
    const fromCwd = relative(cwd, path);
    return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : path;
}

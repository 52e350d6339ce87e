/**
 * The CLI's side of the baseline file, `smart-suppressions.json`: reading the file it is
 * given from disk (readJsonFile: a regular file of at most 16 MB, errors by position; its
 * JSON is checked by the language package's parseBaseline) and the paths it keys plans by
 * (relative to the file's own folder, `/`-separated). Every problem is a ConfigError
 * naming the file.
 */
import { dirname, relative, sep } from 'node:path';
import { BASELINE_SHAPE, parseBaseline, readJsonFile, type LintBaseline } from '@smart-plan/language';

/** Reads a baseline file; `label` names it in errors (default: its path). */
export function readBaselineFile(path: string, label = path): LintBaseline {
    return parseBaseline(readJsonFile(path, label, BASELINE_SHAPE), label);
}

/** A plan's key in a baseline file: its path relative to the file's folder, `/`-separated. */
export function baselineKey(baselineFile: string, plan: string): string {
    return relative(dirname(baselineFile), plan).split(sep).join('/');
}

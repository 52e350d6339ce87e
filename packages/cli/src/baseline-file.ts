/**
 * The CLI's side of the baseline file, `smart-suppressions.json`: reading the file it is
 * given from disk (a regular file no larger than the language package allows; its text is
 * parsed by parseBaselineText) and the paths it keys plans by (relative to the file's own
 * folder, `/`-separated). Every problem is a ConfigError naming the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { ConfigError, MAX_BASELINE_BYTES, parseBaselineText, type LintBaseline } from '@smart-plan/language';

/** Reads a baseline file; `label` names it in errors (default: its path). */
export function readBaselineFile(path: string, label = path): LintBaseline {
    let text: string;
    try {
        const stat = statSync(path);
        if (!stat.isFile()) {
            throw new ConfigError(`${label}: not a regular file`);
        }
        if (stat.size > MAX_BASELINE_BYTES) {
            throw new ConfigError(`${label}: larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MB`);
        }
        text = readFileSync(path, 'utf8');
    } catch (error) {
        if (error instanceof ConfigError) {
            throw error;
        }
        throw new ConfigError(`${label}: cannot read the suppressions (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    return parseBaselineText(text, label);
}

/** A plan's key in a baseline file: its path relative to the file's folder, `/`-separated. */
export function baselineKey(baselineFile: string, plan: string): string {
    return relative(dirname(baselineFile), plan).split(sep).join('/');
}

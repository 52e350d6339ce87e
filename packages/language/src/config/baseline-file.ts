/**
 * The baseline file, `smart-suppressions.json` (validation/baseline.ts): reading it (valid
 * JSON of files → rules → { count }, counts whole numbers of 1 or more, known rule ids),
 * finding the nearest one from a plan's folder up (for the editor), and the paths it keys
 * by (relative to its own folder, `/`-separated). Every problem is a ConfigError naming the
 * file.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as z from 'zod';
import { isRuleId } from '../rules/index.js';
import type { LintBaseline } from '../validation/baseline.js';
import { ConfigError } from './config-error.js';
import { readJsonFile } from './json-file.js';

export const BASELINE_FILE_NAME = 'smart-suppressions.json';

const BaselineSchema = z.record(z.string(), z.record(z.string().refine(isRuleId, { message: 'not a rule id' }), z.strictObject({
    count: z.number().int().positive()
})));

/** Reads a baseline file (json-file.ts: a regular file of at most 16 MB); `label` names it in errors (default: its path). */
export function readBaselineFile(path: string, label = path): LintBaseline {
    const parsed = BaselineSchema.safeParse(readJsonFile(path, label, '{ "plans/a.smart": { "rule-id": { "count": 1 } } }'));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue.path.map(String).join(' → ');
        throw new ConfigError(`${label}: ${key ? `${key}: ` : ''}${describe(issue)}`);
    }
    return parsed.data as LintBaseline;
}

function describe(issue: z.core.$ZodIssue): string {
    if (issue.code === 'invalid_key' || issue.message === 'not a rule id') {
        return 'not a rule id';
    }
    return issue.code === 'too_small' || issue.code === 'invalid_type' ? 'expected { "count": N } with N a whole number of 1 or more' : issue.message;
}

/** The nearest baseline file in the folder or above (whatever is there: a FIFO of that name is an error when read); undefined when there is none. */
export function findBaselineFile(startDirectory: string): string | undefined {
    for (let directory = resolve(startDirectory); ; directory = dirname(directory)) {
        const candidate = join(directory, BASELINE_FILE_NAME);
        if (existsSync(candidate)) {
            return candidate;
        }
        if (dirname(directory) === directory) {
            return undefined;
        }
    }
}

/** A plan's key in a baseline file: its path relative to the file's folder, `/`-separated. */
export function baselineKey(baselineFile: string, plan: string): string {
    return relative(dirname(baselineFile), plan).split(sep).join('/');
}

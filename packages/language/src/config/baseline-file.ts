/**
 * The baseline file, `smart-suppressions.json` (validation/baseline.ts): reading it (valid
 * JSON of files → rules → { count }, counts whole numbers of 1 or more, known rule ids),
 * finding the nearest one from a plan's folder up (for the editor), and the paths it keys
 * by (relative to its own folder, `/`-separated). Every problem is a ConfigError naming the
 * file.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as z from 'zod';
import { isRuleId } from '../rules/index.js';
import type { LintBaseline } from '../validation/baseline.js';
import { ConfigError } from './config-files.js';

export const BASELINE_FILE_NAME = 'smart-suppressions.json';

/** A baseline file larger than this is refused (a baseline of 10,000 files is about 1 MB). */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

const BaselineSchema = z.record(z.string(), z.record(z.string().refine(isRuleId, { message: 'not a rule id' }), z.strictObject({
    count: z.number().int().positive()
})));

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
    let json: unknown;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
        throw new ConfigError(`${label}: not valid JSON: expected { "plans/a.smart": { "rule-id": { "count": 1 } } }`);
    }
    const parsed = BaselineSchema.safeParse(json);
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

/** The nearest baseline file in the folder or above; undefined when there is none. */
export function findBaselineFile(startDirectory: string): string | undefined {
    for (let directory = resolve(startDirectory); ; directory = dirname(directory)) {
        const candidate = join(directory, BASELINE_FILE_NAME);
        try {
            if (statSync(candidate).isFile()) {
                return candidate;
            }
        } catch {
            // not here
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

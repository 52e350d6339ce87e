/**
 * The baseline file, `smart-suppressions.json` (validation/baseline.ts): parsing it (valid
 * JSON of files → rules → { count }, counts whole numbers of 1 or more, known rule ids)
 * and finding the nearest one from a plan's folder up (for the editor), through Langium's
 * FileSystemProvider. Every problem is a ConfigError naming the file. The CLI reads the
 * file it is given itself (packages/cli/src/baseline-file.ts).
 */
import type { FileSystemProvider, URI } from 'langium';
import * as z from 'zod';
import { isRuleId } from '../rules/index.js';
import type { LintBaseline } from '../validation/baseline.js';
import { ConfigError } from './config-files.js';
import { findUp } from './file-lookup.js';

export const BASELINE_FILE_NAME = 'smart-suppressions.json';

/** A baseline file larger than this is refused (a baseline of 10,000 files is about 1 MB). */
export const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

const BaselineSchema = z.record(z.string(), z.record(z.string().refine(isRuleId, { message: 'not a rule id' }), z.strictObject({
    count: z.number().int().positive()
})));

/** Parses the text of a baseline file; `label` names it in errors. */
export function parseBaselineText(text: string, label: string): LintBaseline {
    if (text.length > MAX_BASELINE_BYTES) {
        throw new ConfigError(`${label}: larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MB`);
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
export function findBaselineFile(fileSystem: FileSystemProvider, directory: URI): Promise<URI | undefined> {
    return findUp(fileSystem, directory, BASELINE_FILE_NAME);
}

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
import { ConfigError } from './config-error.js';
import { fileLabel, findUp, readConfigText } from './file-lookup.js';
import { parseJsonText } from './json-text.js';

export const BASELINE_FILE_NAME = 'smart-suppressions.json';

/** What a baseline file looks like, for a message about one that is not JSON. */
export const BASELINE_SHAPE = '{ "plans/a.smart": { "rule-id": { "count": 1 } } }';

const BaselineSchema = z.record(z.string(), z.record(z.string().refine(isRuleId, { message: 'not a rule id' }), z.strictObject({
    count: z.number().int().positive()
})));

/** Reads a baseline file through the file system (file-lookup.ts: a regular file of at most 16 MB). */
export async function readBaselineUri(fileSystem: FileSystemProvider, file: URI): Promise<LintBaseline> {
    const label = fileLabel(file);
    return parseBaseline(parseJsonText(await readConfigText(fileSystem, file), label, BASELINE_SHAPE), label);
}

/** Checks the parsed JSON of a baseline file; `label` names it in errors. */
export function parseBaseline(json: unknown, label: string): LintBaseline {
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

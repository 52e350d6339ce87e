/**
 * `smart lint`'s baseline (cli.md, "Adopting smart in a repository that already has plans"):
 * `smart-suppressions.json` in the current directory (or `--suppressions-location FILE`)
 * records the errors and warnings per file and rule (`--suppress-all`, `--suppress-rule
 * ID`), and later runs report a file's problems of a rule only when there are more than
 * recorded (then all of them, each saying how many the baseline allows). Recorded counts
 * higher than what is found are unused: the run says so and fails unless
 * `--pass-on-unpruned-suppressions`; `--prune-suppressions` lowers them. The counting is
 * the language package's (validation/baseline.ts); this module reads, writes and reports.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import {
    applyBaseline, BASELINE_FILE_NAME, ConfigError, countByRule, isRuleId, pruneBaseline,
    recordBaseline, serializeBaseline, unusedSuppressions, type LintBaseline
} from '@smart-plan/language';
import { writeFileAtomic } from './atomic-write.js';
import { baselineKey, readBaselineFile } from './baseline-file.js';
import { CliError } from './cli-error.js';
import type { FileDiagnostics } from './diagnostics.js';

export const BASELINE_OPTIONS = {
    'suppress-all': { type: 'boolean' },
    'suppress-rule': { type: 'string', multiple: true },
    'suppressions-location': { type: 'string' },
    'prune-suppressions': { type: 'boolean' },
    'pass-on-unpruned-suppressions': { type: 'boolean' }
} as const;

export const BASELINE_OPTIONS_HELP = `  --suppress-all       record every error and warning found in smart-suppressions.json,
                       so that only new problems fail later runs
  --suppress-rule ID   the same for one rule (repeatable)
  --suppressions-location FILE
                       the baseline file (default: smart-suppressions.json here)
  --prune-suppressions lower the recorded counts to what is found now
  --pass-on-unpruned-suppressions
                       do not fail when recorded counts are higher than what is found`;

export interface BaselineValues {
    'suppress-all'?: boolean;
    'suppress-rule'?: string[];
    'suppressions-location'?: string;
    'prune-suppressions'?: boolean;
    'pass-on-unpruned-suppressions'?: boolean;
}

export interface BaselineResult {
    /** The files' diagnostics the run reports (those the baseline holds back removed). */
    files: FileDiagnostics[];
    /** Lines for stderr: what was recorded or held back, and unused counts. */
    notes: string[];
    /** Recorded counts higher than found, without --pass-on-unpruned-suppressions: the run fails. */
    failed: boolean;
}

/** Applies (and, when asked, records or prunes) the baseline for the linted files' diagnostics. */
export function lintBaseline(files: FileDiagnostics[], values: BaselineValues, cwd: string): BaselineResult {
    const location = resolve(cwd, values['suppressions-location'] ?? BASELINE_FILE_NAME);
    const shown = relative(cwd, location) || location;
    const ruleIds = values['suppress-rule'] ?? [];
    for (const rule of ruleIds) {
        if (!isRuleId(rule)) {
            throw new CliError(`--suppress-rule: unknown rule id '${rule}'`);
        }
    }
    const recording = values['suppress-all'] === true || ruleIds.length > 0;
    const pruning = values['prune-suppressions'] === true;
    if (!existsSync(location) && !recording) {
        if (values['suppressions-location'] !== undefined || pruning) {
            throw new CliError(`${shown}: no such suppressions file (record one with --suppress-all)`);
        }
        return { files, notes: [], failed: false };
    }
    let baseline: LintBaseline = existsSync(location) ? readBaseline(location, shown) : {};
    const exists = (key: string) => existsSync(resolve(dirname(location), key));
    if (!pruning) {
        const missing = Object.keys(baseline).find(key => !exists(key));
        if (missing) {
            throw new CliError(`${shown}: names '${missing}', which does not exist: run smart lint --prune-suppressions`);
        }
    }
    const keyOf = (path: string) => baselineKey(location, path);
    const found = new Map(files.map(file => [keyOf(file.path), countByRule(file.diagnostics)]));
    const notes: string[] = [];
    if (recording || pruning) {
        baseline = pruning ? pruneBaseline(baseline, found, exists) : baseline;
        baseline = recording ? recordBaseline(baseline, found, values['suppress-all'] ? undefined : new Set(ruleIds)) : baseline;
        mkdirSync(dirname(location), { recursive: true });
        writeFileAtomic(location, serializeBaseline(baseline), { label: shown });
        const total = Object.values(baseline).reduce((sum, rules) => sum + Object.values(rules).reduce((n, { count }) => n + count, 0), 0);
        notes.push(`smart: ${shown}: ${total} problem${total === 1 ? '' : 's'} recorded in ${Object.keys(baseline).length} plan${Object.keys(baseline).length === 1 ? '' : 's'}`);
    }
    let suppressed = 0;
    const reported = files.map(file => {
        const outcome = applyBaseline(baseline, keyOf(file.path), file.diagnostics);
        suppressed += outcome.suppressed.length;
        const over = new Map(outcome.exceeded.map(entry => [entry.rule, entry]));
        return {
            ...file,
            diagnostics: outcome.reported.map(diagnostic => {
                const exceeded = over.get(diagnostic.rule);
                return exceeded && diagnostic.severity !== 'info'
                    ? { ...diagnostic, message: `${diagnostic.message} (${exceeded.found} of this rule here; the baseline allows ${exceeded.allowed})` }
                    : diagnostic;
            })
        };
    });
    if (suppressed > 0) {
        notes.push(`smart: ${suppressed} problem${suppressed === 1 ? '' : 's'} held back by ${shown}`);
    }
    const unused = unusedSuppressions(baseline, found);
    for (const entry of unused) {
        notes.push(`smart: ${shown}: ${entry.file} records ${entry.recorded} × ${entry.rule}, ${entry.found} found: run smart lint --prune-suppressions`);
    }
    return { files: reported, notes, failed: unused.length > 0 && values['pass-on-unpruned-suppressions'] !== true };
}

function readBaseline(location: string, label: string): LintBaseline {
    try {
        return readBaselineFile(location, label);
    } catch (error) {
        if (error instanceof ConfigError) {
            throw new CliError(error.message);
        }
        throw error;
    }
}

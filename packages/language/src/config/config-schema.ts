/**
 * The `.smartrc.json` format: its zod schema, the defaults, and the resolved settings
 * the rules and the plan model read. Pure: reading files is done in config-files.ts.
 */
import * as z from 'zod';
import { parseIsoDay, systemToday } from '../common/dates.js';
import { CONFIGURED_SEVERITIES, type ConfiguredSeverity } from '../common/vocabulary.js';
import { RULES, isRuleId, type RuleId } from '../rules/index.js';

const severity = z.enum(CONFIGURED_SEVERITIES);

const isoDay = z.string().refine(text => parseIsoDay(text) !== undefined, {
    message: 'expected a real date written YYYY-MM-DD'
});

export const SmartRcSchema = z.strictObject({
    $schema: z.string().optional(),
    /** Presets applied first: files relative to this one, or installed packages with a `smartrc.json` at their root. */
    extends: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    // Rule ids are checked on the raw object: zod's record would silently drop `__proto__`.
    rules: z.preprocess((raw, context) => {
        if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
            for (const id of Object.keys(raw)) {
                if (!isRuleId(id)) {
                    context.addIssue({ code: 'custom', path: [id], message: `unknown rule id '${id}'`, input: raw });
                }
            }
        }
        return raw;
    }, z.record(z.string(), severity)).optional(),
    maxMonthlyGrowth: z.number().positive().optional(),
    maxMonthlyDecline: z.number().positive().optional(),
    behindTolerance: z.number().min(0).max(1).optional(),
    today: isoDay.optional()
});

export type SmartRc = z.infer<typeof SmartRcSchema>;

/**
 * The settings of presets and of a file, in order, as one: a later one overrides an
 * earlier one key by key, and `rules` rule by rule. `extends` is not carried over.
 */
export function mergeSmartRc(layers: readonly SmartRc[]): SmartRc {
    const merged: SmartRc = {};
    for (const { extends: _presets, $schema: _schema, rules, ...settings } of layers) {
        Object.assign(merged, settings);
        if (rules) {
            merged.rules = { ...merged.rules, ...rules };
        }
    }
    return merged;
}

/** Settings in force for one plan file. */
export interface ResolvedConfig {
    severities: Record<RuleId, ConfiguredSeverity>;
    maxMonthlyGrowth: number;
    maxMonthlyDecline: number;
    behindTolerance: number;
    /** Today as a day number (see dates.ts). */
    today: number;
    /** The `.smartrc.json` that contributed, if any. */
    configFile?: string;
}

/** Settings given on top of files: the CLI's flags or the editor's settings. */
export interface ConfigOverrides {
    rules?: Partial<Record<RuleId, ConfiguredSeverity>>;
    today?: string;
    maxMonthlyGrowth?: number;
    maxMonthlyDecline?: number;
    behindTolerance?: number;
}

export const DEFAULT_THRESHOLDS = {
    maxMonthlyGrowth: 0.25,
    maxMonthlyDecline: 0.25,
    behindTolerance: 0.10
} as const;

export function resolveConfig(file: SmartRc | undefined, configFile: string | undefined, overrides: ConfigOverrides = {}): ResolvedConfig {
    const severities = Object.fromEntries(RULES.map(rule => [rule.id, rule.severity])) as Record<RuleId, ConfiguredSeverity>;
    Object.assign(severities, file?.rules ?? {}, overrides.rules ?? {});
    const todayText = overrides.today ?? file?.today;
    const today = todayText !== undefined ? parseIsoDay(todayText) : undefined;
    return {
        severities,
        maxMonthlyGrowth: overrides.maxMonthlyGrowth ?? file?.maxMonthlyGrowth ?? DEFAULT_THRESHOLDS.maxMonthlyGrowth,
        maxMonthlyDecline: overrides.maxMonthlyDecline ?? file?.maxMonthlyDecline ?? DEFAULT_THRESHOLDS.maxMonthlyDecline,
        behindTolerance: overrides.behindTolerance ?? file?.behindTolerance ?? DEFAULT_THRESHOLDS.behindTolerance,
        today: today ?? systemToday(),
        configFile
    };
}

/** One line naming the file, the key and the problem, from a failed validation. */
export function describeConfigError(file: string, error: z.ZodError): string {
    const issue = error.issues[0];
    const key = issue.path.map(String).join('.');
    let problem = issue.message;
    if (issue.code === 'unrecognized_keys') {
        return `${file}: unknown key '${[...key ? [key] : [], issue.keys[0]].join('.')}'`;
    }
    if (issue.code === 'invalid_value' && issue.path[0] === 'rules') {
        problem = `expected one of ${CONFIGURED_SEVERITIES.join(', ')}`;
    }
    return key ? `${file}: '${key}': ${problem}` : `${file}: ${problem}`;
}

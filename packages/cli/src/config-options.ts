/**
 * The configuration flags shared by commands that evaluate plans (`lint`, `report`):
 * `--config FILE`, `--today DATE`, `--rule id=severity`. They are applied to the
 * services' configuration provider, which then reads the configuration of each plan; a
 * broken configuration stops the run with exit 2.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIGURED_SEVERITIES, isConfiguredSeverity, isRuleId, parseIsoDay, type ConfiguredSeverity, type RuleId, type SmartServices } from '@smart-plan/language';
import { URI } from 'langium';
import { CliError } from './cli-error.js';

export const CONFIG_OPTIONS = {
    config: { type: 'string' },
    today: { type: 'string' },
    rule: { type: 'string', multiple: true }
} as const;

export const CONFIG_OPTIONS_HELP = `  --config FILE        use this .smartrc.json instead of the nearest one
  --today DATE         evaluate progress as of this day (YYYY-MM-DD)
  --rule id=severity   set a rule's severity (off, info, warning, error); repeatable`;

export async function applyConfigOptions(services: SmartServices, values: { config?: string; today?: string; rule?: string[] }, files: string[], cwd: string): Promise<void> {
    const provider = services.config.ConfigProvider;
    if (values.today !== undefined && parseIsoDay(values.today) === undefined) {
        throw new CliError(`--today: '${values.today}' is not a real date written YYYY-MM-DD`);
    }
    const rules: Partial<Record<RuleId, ConfiguredSeverity>> = {};
    for (const setting of values.rule ?? []) {
        const [id, severity] = setting.split('=');
        if (!id || !severity || !isConfiguredSeverity(severity)) {
            throw new CliError(`--rule: expected id=severity with severity one of ${CONFIGURED_SEVERITIES.join(', ')}, got '${setting}'`);
        }
        if (!isRuleId(id)) {
            throw new CliError(`--rule: unknown rule id '${id}'`);
        }
        rules[id] = severity;
    }
    if (values.config !== undefined) {
        const path = resolve(cwd, values.config);
        if (!existsSync(path)) {
            throw new CliError(`--config: ${values.config}: no such file`);
        }
        provider.useConfigFile(URI.file(path));
    }
    provider.setOverrides({ today: values.today, rules });
    for (const file of files) {
        await provider.prepare(URI.file(file));
        const error = provider.errorFor(URI.file(file));
        if (error) {
            throw new CliError(error);
        }
    }
}

/**
 * `smart lint [paths...]`: checks plans against the SMART rules and prints diagnostics.
 * Exit 0 when clean (or warnings within --max-warnings), 1 on lint errors.
 */
import { parseCommandArgs, unknownChoice } from '../arguments.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { diagnosticsOf, tally, type FileDiagnostics } from '../diagnostics.js';
import { FORMATS, isFormatName } from '../formats/index.js';
import { applyConfigOptions, CONFIG_OPTIONS, CONFIG_OPTIONS_HELP } from '../config-options.js';
import { collectPlanFiles } from '../plan-files.js';
import { BASELINE_OPTIONS, BASELINE_OPTIONS_HELP, lintBaseline } from '../lint-baseline.js';
import { createServices, loadPlans } from '../plan-workspace.js';
import { colorEnabled } from '../terminal-style.js';

export const LINT_HELP = `Usage: smart lint [files, directories or globs...] [options]

Checks .smart plans against the SMART rules. Without paths, every .smart file under
the current directory. Directories and globs (quote them: 'plans/**/*.smart') skip what
.gitignore excludes, hidden folders and node_modules. Imports are followed and linked.

Options:
  -f, --format FORMAT  stylish (default), json, sarif, github or junit
  -q, --quiet          report errors only
  --max-warnings N     exit 1 when there are more than N warnings
${CONFIG_OPTIONS_HELP}
${BASELINE_OPTIONS_HELP}
  -h, --help           show this help

Exit codes: 0 clean (or warnings within --max-warnings), 1 lint errors, too many
warnings or unused recorded suppressions, 2 usage, configuration or file error.`;

export async function runLint(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('lint', args, {
        format: { type: 'string', short: 'f', default: 'stylish' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        ...CONFIG_OPTIONS,
        ...BASELINE_OPTIONS,
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        context.stdout(LINT_HELP + '\n');
        return 0;
    }
    const format = values.format!;
    if (!isFormatName(format)) {
        throw unknownChoice('--format', 'format', format, Object.keys(FORMATS));
    }
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        throw new CliError(`--max-warnings: expected a whole number of 0 or more, got '${values['max-warnings']}'`);
    }
    const files = collectPlanFiles(positionals, context.cwd, note => context.stderr(`smart: ${note}\n`));
    const services = createServices();
    await applyConfigOptions(services, values, files, context.cwd);
    const { documents } = await loadPlans(files, services);
    const baseline = lintBaseline(documents.map(document => ({ path: document.uri.fsPath, diagnostics: diagnosticsOf(document) })), values, context.cwd);
    const results: FileDiagnostics[] = baseline.files.map(file => ({
        ...file,
        diagnostics: file.diagnostics.filter(d => !values.quiet || d.severity === 'error')
    }));
    const counts = tally(results);
    const warningsFail = maxWarnings !== undefined && counts.warning > maxWarnings;
    const color = colorEnabled(context);
    context.stdout(FORMATS[format](results, { cwd: context.cwd, color, warningsFail }));
    for (const note of baseline.notes) {
        context.stderr(`${note}\n`);
    }
    if (counts.error > 0 || baseline.failed) {
        return 1;
    }
    if (warningsFail) {
        context.stderr(`smart: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
        return 1;
    }
    return 0;
}

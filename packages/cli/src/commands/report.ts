/**
 * `smart report FILE`: the progress report of one plan, from the same view model as the
 * editor's preview pane (`PlanInsight.planView`), validated by its zod schema. HTML (one
 * self-contained, printable file; the default), Markdown, or the view model as JSON;
 * printed, or written with `--out FILE`. Exit 0 when the report is written, whatever the
 * plan's rule diagnostics; 1 when the plan has syntax errors (the report is still written,
 * showing what parsed, with the errors listed at its top: HTML and Markdown; on stderr for
 * JSON, whose shape is the view model's); 2 on a usage, configuration or file error.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isSyntaxErrorCode, plural, PlanViewSchema, type PlanView } from '@smart-plan/language';
import { renderPlanMarkdown, renderReportHtml, type SyntaxErrorNotice } from '@smart-plan/preview';
import type { LangiumDocument } from 'langium';
import { parseCommandArgs, unknownChoice } from '../arguments.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { applyConfigOptions, CONFIG_OPTIONS, CONFIG_OPTIONS_HELP } from '../config-options.js';
import { diagnosticsOf, displayPath } from '../diagnostics.js';
import { collectPlanFiles } from '../plan-files.js';
import { createServices, loadPlans } from '../plan-workspace.js';

export const REPORT_HELP = `Usage: smart report FILE [options]

Writes the progress report of a .smart plan: the plan's review rhythm, each goal's
status, actual against expected and target, progress bar, chart, SMART letters and
deadline, the strategies and tactics with their budgets, and the buying journeys.
The same view as the editor's preview pane.

Options:
  -f, --format FORMAT  html (default: one self-contained, printable file), markdown,
                       or json (the view model)
  -o, --out FILE       write the report to FILE instead of printing it
${CONFIG_OPTIONS_HELP}
  -h, --help           show this help

Exit codes: 0 report written, 1 report written but the plan has syntax errors (listed
at the top of the report; on stderr for json), 2 usage, configuration or file error.`;

const RENDERERS = {
    html: renderReportHtml,
    markdown: renderPlanMarkdown,
    json: (view: PlanView) => JSON.stringify(view, null, 2) + '\n'
} as const;

type ReportFormat = keyof typeof RENDERERS;

export async function runReport(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('report', args, {
        format: { type: 'string', short: 'f', default: 'html' },
        out: { type: 'string', short: 'o' },
        ...CONFIG_OPTIONS,
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        context.stdout(REPORT_HELP + '\n');
        return 0;
    }
    const format = values.format!;
    if (!Object.hasOwn(RENDERERS, format)) {
        throw unknownChoice('--format', 'format', format, Object.keys(RENDERERS));
    }
    if (positionals.length !== 1) {
        throw new CliError(positionals.length === 0 ? 'report needs a plan file (smart report FILE)' : 'report takes one plan file');
    }
    const files = collectPlanFiles(positionals, context.cwd);
    if (files.length !== 1) {
        throw new CliError(`${positionals[0]}: report takes one plan file, not a directory of ${files.length}`);
    }
    const services = createServices();
    await applyConfigOptions(services, values, files, context.cwd);
    const { documents: [document] } = await loadPlans(files, services);
    const shown = displayPath(files[0], context.cwd);
    const view = PlanViewSchema.parse(services.plan.PlanInsight.planView(document, shown));
    const syntaxErrors = syntaxErrorsOf(document);
    const report = RENDERERS[format as ReportFormat](view, { syntaxErrors });
    const code = syntaxErrors.length > 0 ? 1 : 0;
    if (format === 'json') {
        syntaxErrors.forEach(error => context.stderr(`${shown}:${error.line}:${error.column}: ${error.message}\n`));
    }
    if (code === 1) {
        const where = format === 'json' ? ' (above); the report shows' : ', listed at the top of the report, which shows';
        context.stderr(`smart: ${shown}: ${plural(syntaxErrors.length, 'syntax error')}${where} only what parsed\n`);
    }
    if (values.out === undefined) {
        context.stdout(report);
        return code;
    }
    try {
        writeFileSync(resolve(context.cwd, values.out), report);
    } catch (error) {
        throw new CliError(`--out: ${values.out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    context.stdout(`wrote ${values.out}\n`);
    return code;
}

/** The plan's syntax errors, 1-based, as the top of the report lists them. */
function syntaxErrorsOf(document: LangiumDocument): SyntaxErrorNotice[] {
    return diagnosticsOf(document)
        .filter(diagnostic => isSyntaxErrorCode(diagnostic.rule))
        .map(diagnostic => ({ line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1, message: diagnostic.message }));
}

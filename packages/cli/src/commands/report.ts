/**
 * `smart report FILE`: the progress report of one plan, from the same view model as the
 * editor's preview pane (`PlanInsight.planView`), validated by its zod schema. Given
 * several plans (`smart report PATHS...`: files, folders or globs, as for `smart lint`; or
 * `--portfolio`), the portfolio: every plan's view and the alignment tree across them
 * (`portfolioView`, validated by `PortfolioSchema`). HTML (one self-contained, printable
 * file; the default), Markdown, or the view model as JSON; printed, or written atomically
 * with `--out FILE`. HTML and JSON are written in pieces, never as one string (a plan of
 * 150,000 goals makes a report longer than a string can be): a plan's goals one by one, a
 * portfolio's plans one by one. Markdown is built as one text. Exit 0 when the report is
 * written, whatever the plans' rule diagnostics; 1 when a plan has syntax errors (the
 * report is still written, showing what parsed, with the errors listed at the top of the
 * plan's report: HTML and Markdown; on stderr for JSON, whose shape is the view model's);
 * 2 on a usage, configuration or file error.
 */
import { resolve } from 'node:path';
import { isSyntaxErrorCode, plural, PlanViewSchema, portfolioView, PortfolioSchema, visibleControlCharacters, type PlanView, type Portfolio, type SmartServices } from '@smart-plan/language';
import { renderPlanMarkdown, renderPortfolioHtmlChunks, renderPortfolioMarkdown, renderReportHtmlChunks, type SyntaxErrorNotice } from '@smart-plan/preview';
import type { LangiumDocument } from 'langium';
import { parseCommandArgs, unknownChoice } from '../arguments.js';
import { writeFileAtomic } from '../atomic-write.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { applyConfigOptions, CONFIG_OPTIONS, CONFIG_OPTIONS_HELP } from '../config-options.js';
import { diagnosticsOf, displayPath } from '../diagnostics.js';
import { prettyJsonChunks } from '../json-chunks.js';
import { collectPlanFiles } from '../plan-files.js';
import { createServices, loadPlans } from '../plan-workspace.js';

export const REPORT_HELP = `Usage: smart report FILE [options]
       smart report PATHS... [options]

Writes the progress report of a .smart plan: the plan's review rhythm, each goal's
status, actual against expected and target, progress bar, chart, SMART letters and
deadline, the strategies and tactics with their budgets, and the buying journeys.
The same view as the editor's preview pane.

Given several plans (files, directories or globs, as for smart lint), writes the
portfolio: a contents list, every plan at a glance, the alignment tree across the
plans (each goal with its status, progress, forecast and roll-up, under the goal it
aligns to), then each plan's report.

Options:
  -f, --format FORMAT  html (default: one self-contained, printable file), markdown,
                       or json (the view model)
  -o, --out FILE       write the report to FILE instead of printing it
  --portfolio          write the portfolio even when the paths hold one plan
${CONFIG_OPTIONS_HELP}
  -h, --help           show this help

Exit codes: 0 report written, 1 report written but a plan has syntax errors (listed
at the top of its report; on stderr for json), 2 usage, configuration or file error.`;

const FORMATS = ['html', 'markdown', 'json'] as const;

type ReportFormat = typeof FORMATS[number];

const PLAN_RENDERERS: Record<ReportFormat, (view: PlanView, options: { syntaxErrors: SyntaxErrorNotice[] }) => Iterable<string>> = {
    html: renderReportHtmlChunks,
    markdown: (view, options) => [renderPlanMarkdown(view, options)],
    json: function* (view) {
        yield* prettyJsonChunks(view as unknown as Record<string, unknown>, 'goals');
        yield '\n';
    }
};

const PORTFOLIO_RENDERERS: Record<ReportFormat, (portfolio: Portfolio, options: { syntaxErrors: ReadonlyMap<string, SyntaxErrorNotice[]> }) => Iterable<string>> = {
    html: renderPortfolioHtmlChunks,
    markdown: (portfolio, options) => [renderPortfolioMarkdown(portfolio, options)],
    json: function* (portfolio) {
        yield* prettyJsonChunks(portfolio as unknown as Record<string, unknown>, 'plans');
        yield '\n';
    }
};

/** A plan of the report: as the report names it, and its syntax errors. */
interface ReportedPlan {
    shown: string;
    syntaxErrors: SyntaxErrorNotice[];
}

export async function runReport(args: string[], context: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('report', args, {
        format: { type: 'string', short: 'f', default: 'html' },
        out: { type: 'string', short: 'o' },
        portfolio: { type: 'boolean' },
        ...CONFIG_OPTIONS,
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        context.stdout(REPORT_HELP + '\n');
        return 0;
    }
    const format = values.format!;
    if (!isReportFormat(format)) {
        throw unknownChoice('--format', 'format', format, [...FORMATS]);
    }
    if (positionals.length === 0) {
        throw new CliError('report needs a plan file, or several plans (smart report FILE, smart report PATHS...)');
    }
    const files = collectPlanFiles(positionals, context.cwd, note => context.stderr(`smart: ${note}\n`));
    const services = createServices();
    await applyConfigOptions(services, values, files, context.cwd);
    const { documents } = await loadPlans(files, services);
    const plans: ReportedPlan[] = documents.map((document, index) => ({ shown: displayPath(files[index], context.cwd), syntaxErrors: syntaxErrorsOf(document) }));
    const single = documents.length === 1 && !values.portfolio;
    const report = single ? planReport(services, documents[0], plans[0], format) : portfolioReport(services, documents, plans, format);
    const broken = plans.filter(plan => plan.syntaxErrors.length > 0);
    for (const plan of broken) {
        if (format === 'json') {
            plan.syntaxErrors.forEach(error => context.stderr(`${plan.shown}:${error.line}:${error.column}: ${error.message}\n`));
        }
        const where = format === 'json' ? ' (above); the report shows' : `, listed at the top of ${single ? 'the' : 'its'} report, which shows`;
        context.stderr(`smart: ${plan.shown}: ${plural(plan.syntaxErrors.length, 'syntax error')}${where} only what parsed\n`);
    }
    const code = broken.length > 0 ? 1 : 0;
    if (values.out === undefined) {
        for (const chunk of report) {
            context.stdout(chunk);
        }
        return code;
    }
    writeFileAtomic(resolve(context.cwd, values.out), report, { label: `--out: ${values.out}` });
    context.stdout(`wrote ${visibleControlCharacters(values.out)}\n`);
    return code;
}

function isReportFormat(format: string): format is ReportFormat {
    return (FORMATS as readonly string[]).includes(format);
}

function planReport(services: SmartServices, document: LangiumDocument, plan: ReportedPlan, format: ReportFormat): Iterable<string> {
    const view = PlanViewSchema.parse(services.plan.PlanInsight.planView(document, plan.shown));
    return PLAN_RENDERERS[format](view, { syntaxErrors: plan.syntaxErrors });
}

function portfolioReport(services: SmartServices, documents: LangiumDocument[], plans: ReportedPlan[], format: ReportFormat): Iterable<string> {
    const shown = new Map(documents.map((document, index) => [document, plans[index].shown]));
    const view = portfolioView(services, documents, document => shown.get(document) ?? document.uri.fsPath);
    // The schema is the JSON's contract, checked on every JSON portfolio; the renderers draw
    // the view as built (checking 200 plans' views costs a third of drawing them).
    const portfolio = format === 'json' ? PortfolioSchema.parse(view) : view;
    return PORTFOLIO_RENDERERS[format](portfolio, { syntaxErrors: new Map(plans.map(plan => [plan.shown, plan.syntaxErrors])) });
}

/** The plan's syntax errors, 1-based, as the top of the report lists them. */
function syntaxErrorsOf(document: LangiumDocument): SyntaxErrorNotice[] {
    return diagnosticsOf(document)
        .filter(diagnostic => isSyntaxErrorCode(diagnostic.rule))
        .map(diagnostic => ({ line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1, message: diagnostic.message }));
}

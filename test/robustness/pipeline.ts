/**
 * Everything the tools do with a plan, in-process, with the invariants a user relies on:
 * parsing, linking and validation finish without an internal error and put every
 * diagnostic inside the document; the plan model, progress, view model (valid against
 * the schema `smart/preview` checks), diff and report renderers run; a plan diffed with
 * itself has no changes; the Markdown outputs (the report, and `smart diff`'s pull-request
 * comment of the whole plan added) hold plan text only as inert text; and when the plan
 * can be formatted, formatting is idempotent, keeps every fact (ignoring line numbers) and
 * gives no semantic diff.
 */
import { expect } from 'vitest';
import {
    diffPlans, extractPlan, formatPlan, goalProgress, parseDate, PlanViewSchema,
    type PlanFacts, type PlanFile
} from '@smart-plan/language';
import type { LangiumDocument } from 'langium';
import { renderPlanMarkdown, renderReportHtml } from '../../packages/preview/src/index.js';
import { formatDiffMarkdown } from '../../packages/cli/src/diff/format-markdown.js';
import { markdownInertProblems } from './markdown-inert.js';
import { buildPlan, services } from '../helpers.js';
import { CASE_BUDGET_MS } from './fuzz-settings.js';

const TODAY = '2027-03-15';
const TODAY_DAY = (parseDate(TODAY, 'start') as { day: number }).day;

/** Problems with the diagnostics' ranges: each must lie inside the document, start before end. */
export function rangeProblems(document: LangiumDocument): string[] {
    const lines = document.textDocument.getText().split(/\r\n|\r|\n/);
    const problems: string[] = [];
    const inside = (p: { line: number; character: number }) =>
        Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
    for (const { range, code, message } of document.diagnostics ?? []) {
        const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
        if (!inside(range.start) || !inside(range.end) || !ordered) {
            problems.push(`${String(code)} at ${JSON.stringify(range)} (${lines.length} lines): ${message}`);
        }
    }
    return problems;
}

/** Diagnostics that are Langium reporting an exception inside a check, not a finding about the plan. */
export function internalErrors(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => typeof d.message === 'string' ? d.message : d.message.value).filter(message => /^An error occurred/.test(message));
}

/** The facts without `line` fields: what formatting must not change. */
export function withoutLines(facts: PlanFacts): unknown {
    return JSON.parse(JSON.stringify(facts, (key, value: unknown) => key === 'line' ? undefined : value));
}

/** Runs `work` and fails on anything it writes through console.error (Langium logs swallowed exceptions there). */
export async function withoutConsoleErrors<T>(work: () => Promise<T>): Promise<T> {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' ').slice(0, 500));
    try {
        return await work();
    } finally {
        console.error = original;
        expect(logged, 'console.error during the pipeline').toEqual([]);
    }
}

export interface PipelineOutcome {
    /** Whether the plan could be formatted (no syntax errors). */
    formatted: boolean;
    diagnostics: number;
    elapsedMs: number;
}

/** Runs a plan text through every tool and checks the invariants above, within `budgetMs`. */
export async function checkPipeline(text: string, budgetMs = CASE_BUDGET_MS): Promise<PipelineOutcome> {
    const started = performance.now();
    const outcome = await withoutConsoleErrors(async () => {
        const document = await buildPlan(text, { today: TODAY });
        expect(internalErrors(document)).toEqual([]);
        expect(rangeProblems(document)).toEqual([]);

        const plan = document.parseResult.value as PlanFile;
        const facts = extractPlan(plan);
        for (const goal of services.plan.PlanModelProvider.modelOf(document).facts.goals) {
            goalProgress(goal, TODAY_DAY, 0.1);
        }
        const view = services.plan.PlanInsight.planView(document);
        const parsed = PlanViewSchema.safeParse(view);
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), 'the view model smart/preview sends').toEqual([]);
        expect(diffPlans(facts, facts)).toEqual([]);
        expect(typeof renderReportHtml(view)).toBe('string');
        expect(markdownInertProblems(renderPlanMarkdown(view)), 'the Markdown report').toEqual([]);
        const comment = formatDiffMarkdown([
            ...diffPlans(undefined, facts).map(change => ({ file: 'added.smart', ...change })),
            ...diffPlans(facts, undefined).map(change => ({ file: 'removed.smart', ...change, review: null }))
        ]);
        expect(markdownInertProblems(comment), 'the pull-request comment').toEqual([]);

        const formatted = await formatPlan(services, document);
        if (!formatted.ok) {
            expect(formatted.reason).toMatch(/^has syntax errors \(first on line \d+\)/);
            const line = Number(/line (\d+)/.exec(formatted.reason)![1]);
            expect(line).toBeLessThanOrEqual(document.textDocument.lineCount);
            return { formatted: false, diagnostics: document.diagnostics?.length ?? 0 };
        }
        await checkFormatted(formatted.text, facts);
        return { formatted: true, diagnostics: document.diagnostics?.length ?? 0 };
    });
    const elapsedMs = performance.now() - started;
    expect(elapsedMs, 'time for one input through the whole pipeline').toBeLessThan(budgetMs);
    return { ...outcome, elapsedMs };
}

/** The formatted copy: formats to itself, states the same facts, and diffs as no change. */
async function checkFormatted(formattedText: string, facts: PlanFacts): Promise<void> {
    const again = await buildPlan(formattedText, { today: TODAY });
    const formattedFacts = extractPlan(again.parseResult.value as PlanFile);
    expect(withoutLines(formattedFacts), 'formatting changed a fact').toEqual(withoutLines(facts));
    expect(diffPlans(facts, formattedFacts), 'a plan and its formatted copy differ semantically').toEqual([]);
    const twice = await formatPlan(services, again);
    expect(twice.ok && twice.text, 'formatting is idempotent').toBe(formattedText);
}

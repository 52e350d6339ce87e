/**
 * `unit-mismatch` (M): a value's unit agrees with what it measures: `%` only on the values
 * and check-ins of a `%` metric, and budgets in money of the plan's currency. Its fixes drop
 * the `%`, or measure the metric in `%` instead; write the budget in the plan's currency.
 */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { formatDate } from '../common/format.js';
import { metricUnit, parseValue } from '../common/values.js';
import { isBenchmark, isBaseline, isCheckin, isCheckinEntry, isGoal, isPlanFile, isTactic, isTarget, type Metric } from '../generated/ast.js';
import { titleOf } from './support/fix-support.js';
import { createRule, type FixInput, type QuickFix } from './support/rule.js';

export default createRule({
    meta: {
        id: 'unit-mismatch', letter: 'M', severity: 'error',
        summary: "A value's unit (%) disagrees with the goal's metric unit, or a budget's currency with the plan's.",
        fix: "Write '%' only on values of a '%' metric, and budgets in the plan's currency.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 40% by 2027-12-31
}`
    },
    create: () => ({
        Goal: (node, report, context) => {
            const goal = context.goal;
            const unit = goal?.facts.metricUnit;
            if (!goal || unit === undefined || unit === '%') {
                return;
            }
            const { facts, data } = goal;
            const mismatch = (what: string) =>
                `The ${what} of goal '${node.name}' is a percentage, but its metric '${facts.metric}' counts in ${unit}: drop the '%' or measure a '%' metric.`;
            if (facts.baseline?.percent) {
                report(mismatch('baseline'), { node: node.baseline[0], property: 'value', data });
            }
            if (facts.target?.percent) {
                report(mismatch('target'), { node: node.target[0], property: 'value', data });
            }
            node.benchmarks.forEach((benchmark, index) => {
                if (facts.benchmarks[index]?.percent) {
                    report(mismatch(`benchmark by ${formatDate(benchmark.date)}`), { node: benchmark, property: 'value', data });
                }
            });
        },
        CheckinEntry: (entry, report) => {
            const goal = entry.goal?.ref;
            if (!goal || !isCheckin(entry.$container)) {
                return;
            }
            const unit = metricUnit(goal.metric[0]?.ref?.unit);
            if (parseValue(entry.value)?.percent && unit !== undefined && unit !== '%') {
                report(`The check-in value ${entry.value} of goal '${goal.name}' is a percentage, but its metric '${goal.metric[0].$refText}' counts in ${unit}: drop the '%'.`,
                    { node: entry, property: 'value', data: { goal: goal.name } });
            }
        },
        Tactic: (tactic, report) => {
            const budget = tactic.budget[0];
            const planCurrency = AstUtils.getContainerOfType(tactic, isPlanFile)?.header?.currency[0];
            if (budget?.currency && planCurrency && budget.currency !== planCurrency) {
                report(`The budget of tactic '${tactic.name}' is in ${budget.currency}, but the plan counts in ${planCurrency}: write it in ${planCurrency}.`,
                    { node: budget, property: 'currency' });
            }
            if (budget?.amount?.endsWith('%')) {
                report(`The budget of tactic '${tactic.name}' is a percentage: write an amount of money.`, { node: budget, property: 'amount' });
            }
        }
    }),
    quickFixes: input => {
        const written = input.document.textDocument.getText(input.diagnostic.range);
        return written.endsWith('%') ? percentFixes(input, written) : currencyFixes(input, written);
    }
});

/** A `%` where the metric counts otherwise: drop it, or measure the metric in `%`. */
function percentFixes({ document, diagnostic, node }: FixInput, written: string): QuickFix[] {
    const fixes: QuickFix[] = [{ title: `Drop the '%': write ${written.slice(0, -1)}`, edits: [{ range: diagnostic.range, newText: written.slice(0, -1) }], preferred: true }];
    const metric = metricOf(node);
    const unitNode = metric && GrammarUtils.findNodeForProperty(metric.$cstNode, 'unit');
    if (metric && unitNode && AstUtils.getDocument(metric) === document) {
        fixes.push({ title: `Measure '${titleOf(metric) ?? metric.name}' in % instead of ${metric.unit}`, edits: [{ range: unitNode.range, newText: '%' }] });
    }
    return fixes;
}

/** The metric a reported value measures: its goal's (for a baseline, target, benchmark or check-in entry). */
function metricOf(node: AstNode): Metric | undefined {
    const entry = AstUtils.getContainerOfType(node, isCheckinEntry);
    if (entry) {
        return entry.goal?.ref?.metric[0]?.ref;
    }
    const measured = AstUtils.getContainerOfType(node, n => isBaseline(n) || isTarget(n) || isBenchmark(n));
    const goal = measured && AstUtils.getContainerOfType(measured, isGoal);
    return goal?.metric[0]?.ref;
}

/** A budget in another currency than the plan's: write the plan's. */
function currencyFixes({ plan, diagnostic, node }: FixInput, written: string): QuickFix[] {
    const planCurrency = plan.header?.currency[0];
    if (!planCurrency || !AstUtils.getContainerOfType(node, isTactic) || written === planCurrency) {
        return [];
    }
    const edit: TextEdit = { range: diagnostic.range, newText: planCurrency };
    return [{ title: `Write the budget in ${planCurrency}, the plan's currency (instead of ${written})`, edits: [edit], preferred: true }];
}

/**
 * Hover: for a goal, where it stands (status, actual vs expected, progress, implied
 * monthly rate, SMART letters); for any other element or a reference to it, its kind,
 * name and title. Plan text is shown as Markdown-escaped text.
 */
import type { AstNode } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import { formatDayNumber, formatDaysLeft, formatForecastLine, formatLetters, formatRate, formatRollup, formatValue } from '../common/format.js';
import { escapeMarkdown } from '../common/markdown.js';
import { capitalize, kindWord, statusPhrase } from '../common/vocabulary.js';
import { isAvatar, isGoal, isNeed } from '../generated/ast.js';
import { valueUnit } from '../model/progress.js';
import { forecastFigures, formatStanding, type PlanInsight } from '../plan/plan-insight.js';
import type { SmartServices } from '../smart-module.js';

export class SmartHoverProvider extends AstNodeHoverProvider {
    private readonly insight: PlanInsight;

    constructor(services: SmartServices) {
        super(services);
        this.insight = services.plan.PlanInsight;
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        const title = (node as { title?: unknown }).title;
        const name = (node as { name?: unknown }).name;
        if (typeof name !== 'string') {
            return undefined;
        }
        const kind = kindWord(node.$type);
        const qualified = isNeed(node) && isAvatar(node.$container) ? `${node.$container.name}.${name}` : name;
        const heading = `**${kind}** \`${qualified}\`${typeof title === 'string' ? ` — ${escapeMarkdown(title)}` : ''}`;
        if (!isGoal(node)) {
            return heading;
        }
        const insight = this.insight.goal(node);
        if (!insight) {
            return heading;
        }
        const { facts, progress, letters } = insight;
        const lines = [heading, '', `${statusPhrase(progress.status)} · ${formatStanding(facts, progress)}`];
        if (progress.expectedToday !== undefined) {
            const unit = valueUnit(facts);
            const actual = progress.actual === undefined ? 'no check-in yet' : `${formatValue(progress.actual, unit)} on ${formatDayNumber(progress.actualDay!)}`;
            lines.push('', `Actual: ${actual} · expected today: ${formatValue(progress.expectedToday, unit)}`);
        }
        const forecast = formatForecastLine(forecastFigures(facts, insight.forecast));
        if (forecast) {
            lines.push('', `Forecast: ${forecast}`);
        }
        const rollup = formatRollup(insight.rollup);
        if (rollup) {
            lines.push('', capitalize(rollup));
        }
        if (progress.monthlyRate !== undefined) {
            lines.push('', `Implied rate: ${formatRate(progress.monthlyRate)}`);
        }
        if (progress.deadline !== undefined) {
            lines.push('', `Deadline: ${formatDayNumber(progress.deadline)} (${formatDaysLeft(progress.daysLeft)})`);
        }
        lines.push('', `SMART: ${formatLetters(letters)}`);
        return lines.join('\n');
    }
}

/**
 * Hover: for a goal, where it stands (status, actual vs expected, progress, implied
 * monthly rate, SMART letters); for any other element or a reference to it, its kind,
 * name and title. Plan text is shown as Markdown-escaped text.
 */
import type { AstNode } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import { isGoal, isNeed, isAvatar } from '../generated/ast.js';
import { formatDay } from '../model/dates.js';
import type { SmartServices } from '../smart-module.js';
import { formatLetters, formatRate, formatStanding, STATUS_LABEL, type PlanInsight } from './plan-insight.js';

/** Escapes Markdown so plan text is shown as written, never interpreted. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, character => `\\${character}`);
}

export class SmartHoverProvider extends AstNodeHoverProvider {
    private readonly insight: PlanInsight;

    constructor(services: SmartServices) {
        super(services);
        this.insight = services.lsp.PlanInsight;
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        const title = (node as { title?: unknown }).title;
        const name = (node as { name?: unknown }).name;
        if (typeof name !== 'string') {
            return undefined;
        }
        const kind = isNeed(node) ? 'need' : node.$type.toLowerCase();
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
        const lines = [heading, '', `${STATUS_LABEL[progress.status]} · ${formatStanding(facts, progress)}`];
        if (progress.expectedToday !== undefined) {
            const actual = progress.actual === undefined ? 'no check-in yet' : `${round(progress.actual)} on ${formatDay(progress.actualDay!)}`;
            lines.push('', `Actual: ${actual} · expected today: ${round(progress.expectedToday)}`);
        }
        if (progress.monthlyRate !== undefined) {
            lines.push('', `Implied rate: ${formatRate(progress.monthlyRate)}`);
        }
        if (progress.deadline !== undefined) {
            const days = progress.daysLeft!;
            lines.push('', `Deadline: ${formatDay(progress.deadline)} (${days >= 0 ? `${days} days left` : `${-days} days ago`})`);
        }
        lines.push('', `SMART: ${formatLetters(letters)}`);
        return lines.join('\n');
    }
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}

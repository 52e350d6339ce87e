/**
 * `smart report --format markdown`: the report as Markdown, for a pull request, a wiki or
 * an e-mail. The plan's facts, a table of goals (status, actual/target, progress,
 * deadline, SMART letters), a section per goal (failing letters with their reasons,
 * strategies and tactics with budgets), and the journeys; first, the plan's syntax errors
 * when it does not fully parse. Plan text is escaped.
 */
import type { GoalView, JourneyView, PlanView } from '@smart-plan/language/protocol';
import { escapeMarkdown as md, pushAll, formatBudgets, formatDate, formatDaysLeft, formatLetters, formatMoney, formatPercent, formatSeverityCounts, formatValue, LETTER_NAMES, SMART_LETTERS } from '@smart-plan/language/protocol';
import { statusChip } from './labels.js';
import { syntaxNoticeMarkdown, type ReportOptions } from './syntax-notice.js';

export function renderPlanMarkdown(view: PlanView, options: ReportOptions = {}): string {
    const lines: string[] = [];
    const title = view.header?.title ?? view.file;
    lines.push(`# ${md(title)} — progress report`, '', `*${md(view.file)} · figures as of ${md(formatDate(view.today))}*`, '');
    pushAll(lines, syntaxNoticeMarkdown(options.syntaxErrors));
    pushAll(lines, factsTable(view)).push('');
    lines.push('## Goals', '');
    if (view.goals.length === 0) {
        lines.push('This plan has no goals yet.', '');
    } else {
        pushAll(lines, goalsTable(view.goals)).push('');
        for (const goal of view.goals) {
            pushAll(lines, goalSection(goal)).push('');
        }
    }
    if (view.journeys.length > 0) {
        lines.push('## Buying journeys', '');
        for (const journey of view.journeys) {
            pushAll(lines, journeySection(journey)).push('');
        }
    }
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}


function factsTable(view: PlanView): string[] {
    const header = view.header;
    const rows: Array<[string, string]> = [];
    if (header?.owner) rows.push(['Owner', md(header.owner)]);
    if (header?.period) rows.push(['Period', `${md(formatDate(header.period.start))} – ${md(formatDate(header.period.end))}`]);
    rows.push(['Review cadence', header?.cadence ? md(header.cadence) : 'none set']);
    rows.push(['Last review', header?.lastReview ? md(formatDate(header.lastReview)) : 'none yet']);
    if (header?.nextReviewDue) rows.push(['Next review due', `${md(formatDate(header.nextReviewDue))}${header.reviewOverdue ? ' (**overdue**)' : ''}`]);
    rows.push(['Diagnostics', formatSeverityCounts(view.diagnostics)]);
    return ['| Plan | |', '| --- | --- |', ...rows.map(([label, value]) => `| ${label} | ${value} |`)];
}

function goalsTable(goals: readonly GoalView[]): string[] {
    const rows = goals.map(goal => {
        const status = statusChip(goal.status);
        const standing = `${formatValue(goal.actual, goal.unit)} / ${formatValue(goal.target, goal.unit)}`;
        const deadline = goal.deadline ? `${formatDate(goal.deadline)}${goal.daysLeft !== null ? ` (${formatDaysLeft(goal.daysLeft)})` : ''}` : '—';
        return `| ${md(goal.title)} | ${md(`${status.symbol} ${status.text}`)} | ${md(standing)} | ${md(formatPercent(goal.progress))} | ${md(deadline)} | ${formatLetters(goal.letters)} |`;
    });
    return ['| Goal | Status | Actual / target | Progress | Deadline | SMART |', '| --- | --- | --- | --- | --- | --- |', ...rows];
}

function goalSection(goal: GoalView): string[] {
    const status = statusChip(goal.status);
    const lines = [`### ${md(goal.title)}`, ''];
    lines.push(`- **Status:** ${md(`${status.symbol} ${status.text}`)} · actual ${md(formatValue(goal.actual, goal.unit))}, expected today ${md(formatValue(goal.expected, goal.unit))}, target ${md(formatValue(goal.target, goal.unit))} (${md(formatPercent(goal.progress))} of the way from ${md(formatValue(goal.baseline, goal.unit))})`);
    lines.push(`- **Owner:** ${goal.owner ? md(goal.owner) : 'none'}${goal.avatars.length > 0 ? ` · **For:** ${goal.avatars.map(md).join(', ')}` : ''}${goal.metric ? ` · **Metric:** ${md(goal.metric)}` : ''}`);
    lines.push(`- **Deadline:** ${goal.deadline ? md(formatDate(goal.deadline)) + (goal.daysLeft !== null ? ` (${formatDaysLeft(goal.daysLeft)})` : '') : 'none'}`);
    lines.push(`- **SMART:** ${formatLetters(goal.letters)}`);
    for (const letter of SMART_LETTERS.filter(l => !goal.letters[l])) {
        const reasons = goal.letterReasons[letter] ?? [];
        lines.push(`  - **${letter}** (${LETTER_NAMES[letter]}) not satisfied${reasons.length > 0 ? `: ${reasons.map(md).join(' ')}` : ''}`);
    }
    if (goal.strategies.length === 0) {
        lines.push('- **Strategies:** none yet');
    } else {
        lines.push('- **Strategies and tactics:**');
        for (const strategy of goal.strategies) {
            lines.push(`  - ${md(strategy.title)}${strategy.budgets.length > 0 ? ` — ${md(formatBudgets(strategy.budgets))}` : ''}`);
            for (const tactic of strategy.tactics) {
                const details = [tactic.channel, tactic.owner].filter((d): d is string => !!d).map(md).join(', ');
                lines.push(`    - ${md(tactic.title)}${details ? ` (${details})` : ''}${tactic.budget ? ` — ${md(formatMoney(tactic.budget))}` : ''}`);
            }
        }
    }
    return lines;
}

function journeySection(journey: JourneyView): string[] {
    return [
        `### ${md(journey.name)} (for ${md(journey.avatar)})`,
        '',
        '| # | Step | Reactions |',
        '| --- | --- | --- |',
        ...journey.steps.map((step, index) => `| ${index + 1} | ${md(step.title)} | ${step.missingReaction ? '⚠ **no reaction planned**' : step.reactions.map(md).join('; ')} |`)
    ];
}

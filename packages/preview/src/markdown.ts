/**
 * `smart report --format markdown`: the report as Markdown, for a pull request, a wiki or
 * an e-mail, with the same sections as the HTML report: the plan's facts, the goals at a
 * glance (each row linking to its goal's section), a section per goal, the strategies and
 * tactics, the budget, the ideal clients, the journeys, the SWOT, the reviews, the skills,
 * the people and the metrics; first, the plan's syntax errors when it does not fully
 * parse. References read as titles. Plan text is escaped; links only ever point at the
 * document's own headings (markdown-anchors.ts).
 */
import type { AvatarView, ElementRef, GoalView, JourneyView, PlanView, StrategyView, TacticView } from '@smart-plan/language/protocol';
import { escapeMarkdown as md, pushAll, formatBudgets, formatDate, formatForecastLine, formatLetters, formatMoney, formatPercent, formatRollup, formatSeverityCounts, formatValue, LETTER_NAMES, SMART_LETTERS } from '@smart-plan/language/protocol';
import { GOAL_FIGURE_COLUMNS } from './goal-columns.js';
import { afterTodayNote, budgetRateText, deadlineText, spanText, statusChip, unitText } from './labels.js';
import { MarkdownDocument, type Anchors, type Line } from './markdown-anchors.js';
import { syntaxNoticeMarkdown, type ReportOptions } from './syntax-notice.js';

type LinkKind = 'goal' | 'strategy';

export function renderPlanMarkdown(view: PlanView, options: ReportOptions = {}): string {
    const doc = new MarkdownDocument();
    writePlanMarkdown(doc, view, options);
    return doc.text();
}

/** The plan's report, written into `doc` (the portfolio writes each of its plans into one document). */
export function writePlanMarkdown(doc: MarkdownDocument, view: PlanView, options: ReportOptions = {}): void {
    const title = view.header?.title ?? view.file;
    doc.heading(1, `${title} — progress report`, ['plan', '']);
    doc.push('', `*${md(view.file)} · figures as of ${md(formatDate(view.today))}*`, '');
    doc.pushAll([...syntaxNoticeMarkdown(options.syntaxErrors)]);
    if (view.header?.description) {
        doc.push(`> ${md(view.header.description)}`, '');
    }
    doc.pushAll([...factsTable(view), '']);
    const note = afterTodayNote(view);
    if (note) {
        doc.push(`> **${md(note.headline)}** ${md(note.detail)} To see the plan as of another day, set \`${note.setting}\` in the editor's settings, or run \`${note.option}\`.`, '');
    }
    if (view.goals.length > 0) {
        doc.heading(2, 'Goals at a glance');
        doc.pushAll(['', ...goalsTable(view.goals), '']);
    }
    doc.heading(2, 'Goals');
    doc.push('');
    if (view.goals.length === 0) {
        doc.push('This plan has no goals yet.', '');
    }
    for (const goal of view.goals) {
        doc.heading(3, goal.title, ['goal', goal.name]);
        doc.pushAll(['', ...goalSection(goal), '']);
    }
    strategiesSection(doc, view);
    budgetSection(doc, view);
    avatarsSection(doc, view.avatars);
    journeysSection(doc, view.journeys);
    swotSection(doc, view);
    reviewsSection(doc, view);
    listSection(doc, 'Skills', view.skills.map(skill => `- **${md(skill.title)}** — ${skill.coach ? `coach ${md(skill.coach.title)}` : '⚠ no coach'}${skill.supports.length > 0 ? `; supports ${titles(skill.supports)}` : ''}`));
    listSection(doc, 'People', view.people.map(person => `- **${md(person.title)}**${person.roles.length > 0 ? ` — ${person.roles.map(md).join(' · ')}` : ''}`));
    listSection(doc, 'Metrics', view.metrics.map(metric => `- **${md(metric.title)}** — ${md(unitText(metric.unit))}`));
}

/** References by title, joined. */
function titles(refs: readonly ElementRef[]): string {
    return refs.map(ref => md(ref.title)).join(', ');
}

/** References by title, each a link to its section when the document has one. */
function links(kind: LinkKind, refs: readonly ElementRef[]): (anchors: Anchors) => string {
    return anchors => refs.map(ref => anchors.link(kind, ref.name, ref.title)).join(', ');
}

function factsTable(view: PlanView): string[] {
    const header = view.header;
    const rows: Array<[string, string]> = [];
    if (header?.owner) rows.push(['Owner', md(header.owner.title)]);
    if (header?.period) rows.push(['Period', `${md(formatDate(header.period.start))} – ${md(formatDate(header.period.end))}`]);
    if (header?.currency) rows.push(['Currency', md(header.currency)]);
    rows.push(['Review cadence', header?.cadence ? md(header.cadence) : 'none set']);
    rows.push(['Last review', header?.lastReview ? md(formatDate(header.lastReview)) : 'none yet']);
    if (header?.nextReviewDue) rows.push(['Next review due', `${md(formatDate(header.nextReviewDue))}${header.reviewOverdue ? ' (**overdue**)' : ''}`]);
    rows.push(['Diagnostics', formatSeverityCounts(view.diagnostics)]);
    return ['| Plan | |', '| --- | --- |', ...rows.map(([label, value]) => `| ${label} | ${value} |`)];
}

function goalsTable(goals: readonly GoalView[]): Line[] {
    const headings = ['Goal', 'Status', ...GOAL_FIGURE_COLUMNS.map(column => column.heading)];
    return [
        `| ${headings.join(' | ')} |`,
        `| ${headings.map(() => '---').join(' | ')} |`,
        ...goals.map((goal): Line => anchors => {
            const status = statusChip(goal.status);
            const cells = [anchors.link('goal', goal.name, goal.title), md(`${status.symbol} ${status.text}`), ...GOAL_FIGURE_COLUMNS.map(column => md(column.text(goal)))];
            return `| ${cells.join(' | ')} |`;
        })
    ];
}

function goalSection(goal: GoalView): Line[] {
    const status = statusChip(goal.status);
    const value = (v: number | null) => md(formatValue(v, goal.unit));
    const lines: Line[] = [`- **Status:** ${md(`${status.symbol} ${status.text}`)} · actual ${value(goal.actual)}, expected today ${value(goal.expected)}, target ${value(goal.target)} (${md(formatPercent(goal.progress))} of the way from ${value(goal.baseline)})`];
    const who = [
        `**Owner:** ${goal.owner ? md(goal.owner.title) : 'none'}`,
        goal.avatars.length > 0 ? `**For:** ${titles(goal.avatars)}` : '',
        goal.metric ? `**Metric:** ${md(goal.metric.title)}${goal.unit ? ` (${md(goal.unit)})` : ''}` : ''
    ].filter(Boolean).join(' · ');
    lines.push(goal.aligns ? anchors => `- ${who} · **Aligns to:** ${anchors.link('goal', goal.aligns!.name, goal.aligns!.title)}` : `- ${who}`);
    const forecast = formatForecastLine(goal);
    if (forecast) {
        lines.push(`- **Forecast:** ${md(forecast)}`);
    }
    const rollup = formatRollup(goal.rollup);
    if (rollup) {
        lines.push(`- **Roll-up:** ${md(rollup)}`);
    }
    lines.push(`- **Deadline:** ${goal.deadline ? md(deadlineText(goal)) : 'none'}`);
    lines.push(`- **SMART:** ${formatLetters(goal.letters)}`);
    for (const letter of SMART_LETTERS.filter(l => !goal.letters[l])) {
        const reasons = goal.letterReasons[letter] ?? [];
        lines.push(`  - **${letter}** (${LETTER_NAMES[letter]}) not satisfied${reasons.length > 0 ? `: ${reasons.map(md).join(' ')}` : ''}`);
    }
    if (goal.checkins.length === 0) {
        lines.push('- **Check-ins:** none yet');
    } else {
        lines.push('- **Check-ins:**');
        for (const checkin of goal.checkins) {
            const extras = [checkin.confidence && `confidence ${checkin.confidence}`, checkin.afterToday && 'after today'].filter(Boolean).join(', ');
            lines.push(`  - ${md(formatDate(checkin.date))}: ${value(checkin.value)}${extras ? ` (${md(extras)})` : ''}${checkin.note ? ` — ${md(checkin.note)}` : ''}`);
        }
    }
    if (goal.decisions.length > 0) {
        pushAll(lines, ['- **Decisions:**', ...goal.decisions.map(decision => `  - ${md(formatDate(decision.date))} · ${md(decision.review)}: ${md(decision.text)}`)]);
    }
    lines.push(goal.strategies.length > 0 ? anchors => `- **Served by:** ${links('strategy', goal.strategies)(anchors)}` : '- **Served by:** no strategy yet');
    return lines;
}

function strategiesSection(doc: MarkdownDocument, view: PlanView): void {
    if (view.strategies.length === 0 && view.unassignedTactics.length === 0) {
        return;
    }
    doc.heading(2, 'Strategies and tactics');
    doc.push('');
    for (const strategy of view.strategies) {
        doc.heading(3, strategy.title, ['strategy', strategy.name]);
        doc.pushAll(['', ...strategyLines(strategy), '']);
    }
    if (view.unassignedTactics.length > 0) {
        doc.heading(3, 'Tactics under none of these strategies');
        doc.pushAll(['', ...view.unassignedTactics.map(tactic => `- ${tacticLine(tactic)} — ${tactic.strategy ? `executes ${md(tactic.strategy.title)}, not a strategy of this plan` : '⚠ **executes no strategy**'}`), '']);
    }
}

function strategyLines(strategy: StrategyView): Line[] {
    const lines: Line[] = [];
    if (strategy.message) lines.push(`*“${md(strategy.message)}”*`, '');
    if (strategy.proposition) lines.push(`- **Offer:** ${md(strategy.proposition)}`);
    lines.push(strategy.serves.length > 0 ? anchors => `- **Serves:** ${links('goal', strategy.serves)(anchors)}` : '- **Serves:** no goal');
    if (strategy.audience.length > 0) lines.push(`- **Audience:** ${titles(strategy.audience)}`);
    if (strategy.addresses.length > 0) lines.push(`- **Addresses:** ${titles(strategy.addresses)}`);
    if (strategy.budgets.length > 0) lines.push(`- **Budget:** ${md(formatBudgets(strategy.budgets))}`);
    if (strategy.tactics.length === 0) {
        lines.push('- **Tactics:** none yet');
    } else {
        pushAll(lines, ['- **Tactics:**', ...strategy.tactics.map(tactic => `  - ${tacticLine(tactic)}`)]);
    }
    return lines;
}

/** `Monthly webinar (webinar, John Hackett) — 6,000 USD (500 USD per month; 15 Jan – 15 Dec 2027; moves Paying members; skills: …)`. */
function tacticLine(tactic: TacticView): string {
    const who = [tactic.channel && md(tactic.channel), tactic.owner && md(tactic.owner.title)].filter(Boolean).join(', ');
    const facts = [
        tactic.budgetRate && md(budgetRateText(tactic.budgetRate)),
        md(spanText(tactic.from, tactic.to) ?? ''),
        tactic.moves && `moves ${md(tactic.moves.title)}`,
        tactic.skills.length > 0 && `skills: ${titles(tactic.skills)}`
    ].filter(Boolean).join('; ');
    return `**${md(tactic.title)}**${who ? ` (${who})` : ''}${tactic.budget ? ` — ${md(formatMoney(tactic.budget))}` : ''}${facts ? ` (${facts})` : ''}`;
}

function budgetSection(doc: MarkdownDocument, view: PlanView): void {
    const { budget } = view;
    if (budget.total.length === 0) {
        return;
    }
    doc.heading(2, 'Budget');
    doc.push('', `**Total:** ${md(formatBudgets(budget.total))}`, '');
    doc.pushAll(['| Strategy | Budget |', '| --- | --- |', ...budget.byStrategy.map(row => `| ${row.strategy ? md(row.strategy.title) : '⚠ no strategy'} | ${md(formatBudgets(row.budgets))} |`), '']);
    doc.pushAll(['| Channel | Budget |', '| --- | --- |', ...budget.byChannel.map(row => `| ${row.channel ? md(row.channel) : 'no channel'} | ${md(formatBudgets(row.budgets))} |`), '']);
}

function avatarsSection(doc: MarkdownDocument, avatars: readonly AvatarView[]): void {
    if (avatars.length === 0) {
        return;
    }
    doc.heading(2, 'Ideal clients');
    doc.push('');
    for (const avatar of avatars) {
        doc.heading(3, avatar.title);
        doc.push('');
        if (avatar.segment || avatar.market) {
            doc.push(`${avatar.segment ? md(avatar.segment) : ''}${avatar.segment && avatar.market ? ' · ' : ''}${avatar.market ? `market ${md(avatar.market)}` : ''}`, '');
        }
        doc.push(avatar.needs.length > 0 ? '- **Needs:**' : '- **Needs:** none named yet');
        for (const need of avatar.needs) {
            doc.push(`  - ${md(need.title)} — ${need.addressedBy.length > 0 ? `addressed by ${titles(need.addressedBy)}` : '⚠ addressed by no strategy'}`);
        }
        if (avatar.motivations.length > 0) doc.push(`- **Motivations:** ${avatar.motivations.map(md).join('; ')}`);
        if (avatar.criteria.length > 0) doc.push(`- **Buying criteria:** ${avatar.criteria.map(md).join('; ')}`);
        if (avatar.channels.length > 0) doc.push(`- **Channels:** ${avatar.channels.map(md).join(', ')}`);
        doc.push('');
    }
}

function journeysSection(doc: MarkdownDocument, journeys: readonly JourneyView[]): void {
    if (journeys.length === 0) {
        return;
    }
    doc.heading(2, 'Buying journeys');
    doc.push('');
    for (const journey of journeys) {
        doc.heading(3, `Journey of ${journey.avatar.title}`);
        doc.push('', '| # | Step | Reactions | Around the step |', '| --- | --- | --- | --- |');
        journey.steps.forEach((step, index) => {
            const reactions = step.missingReaction ? '⚠ **no reaction planned**' : step.reactions.map(r => md(r.tactic ? r.tactic.title : r.asset ?? '')).join('; ');
            const around = ([['Stakeholders', step.stakeholders], ['Competitors', step.competitors], ['Worst case', step.worstCases], ['Alternatives', step.alternatives]] as const)
                .filter(([, items]) => items.length > 0)
                .map(([label, items]) => `${label}: ${items.map(md).join('; ')}`)
                .join(' · ');
            doc.push(`| ${index + 1} | ${md(step.title)} | ${reactions} | ${around} |`);
        });
        doc.push('');
    }
}

function swotSection(doc: MarkdownDocument, view: PlanView): void {
    const { swot } = view;
    if (!swot) {
        return;
    }
    doc.heading(2, 'SWOT');
    doc.push('');
    for (const [label, items] of [['Strengths', swot.strengths], ['Weaknesses', swot.weaknesses], ['Opportunities', swot.opportunities], ['Threats', swot.threats]] as const) {
        doc.pushAll([`**${label}**`, '', ...(items.length > 0 ? items.map(item => `- ${md(item)}`) : ['- none named']), '']);
    }
}

function reviewsSection(doc: MarkdownDocument, view: PlanView): void {
    const reviews = [...view.reviews].sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
    if (reviews.length === 0) {
        return;
    }
    doc.heading(2, 'Reviews');
    doc.push('');
    for (const review of reviews) {
        doc.heading(3, `${formatDate(review.date)} · ${review.title}${review.afterToday ? ' (planned)' : ''}`);
        doc.push('');
        if (review.attendees.length > 0) doc.push(`**Attendees:** ${titles(review.attendees)}`, '');
        doc.pushAll([...(review.decisions.length > 0 ? review.decisions.map((decision): Line => decision.about.length > 0 ? anchors => `- ${md(decision.text)} (about ${links('goal', decision.about)(anchors)})` : `- ${md(decision.text)}`) : ['No decision recorded.']), '']);
    }
}

function listSection(doc: MarkdownDocument, heading: string, lines: string[]): void {
    if (lines.length > 0) {
        doc.heading(2, heading);
        doc.pushAll(['', ...lines, '']);
    }
}

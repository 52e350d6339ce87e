/**
 * Words the pane and the reports share, from the shared vocabulary and formatters
 * (`@smart-plan/language/protocol`): a goal status's chip symbol, label and CSS class (an
 * unexpected status reads as itself), a deadline with the days left, a recurring budget,
 * a tactic's span, a metric's unit in words, the goals counted by status, and the note of a plan dated wholly
 * after today. Reads unvalidated input safely.
 */
import { formatDate, formatDaysLeft, formatMoney, GOAL_STATUSES, isGoalStatus, statusLabel, STATUS_WORDS, type GoalStatus, type GoalView, type PlanView, type TacticView } from '@smart-plan/language/protocol';

/** The status's symbol and label (`▲`, `At risk`). */
export function statusChip(status: string): { symbol: string; text: string } {
    return isGoalStatus(status) ? { symbol: STATUS_WORDS[status].symbol, text: statusLabel(status) } : { symbol: '?', text: status };
}

/** The status as a CSS class suffix; only the known statuses, anything else is `unknown`. */
export function statusClass(status: string): GoalStatus {
    return isGoalStatus(status) ? status : 'unknown';
}

/** `3 on track`: how many goals stand in a status. */
export function statusCountText(status: GoalStatus, count: number): string {
    return `${count} ${STATUS_WORDS[status].words}`;
}

/** How many goals stand in each status, in the vocabulary's order, only the statuses present. */
export function goalCountsByStatus(goals: ReadonlyArray<Pick<GoalView, 'status'>>): Array<[GoalStatus, number]> {
    const counts = new Map<GoalStatus, number>();
    for (const goal of goals) {
        const status = statusClass(goal.status);
        counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return GOAL_STATUSES.filter(status => counts.has(status)).map(status => [status, counts.get(status)!]);
}

/** `31 Dec 2027 (291 days left)`, or `—` without a deadline. */
export function deadlineText(goal: Pick<GoalView, 'deadline' | 'daysLeft'>): string {
    if (!goal.deadline) {
        return '—';
    }
    return goal.daysLeft === null ? formatDate(goal.deadline) : `${formatDate(goal.deadline)} (${formatDaysLeft(goal.daysLeft)})`;
}

/** `500 USD per month`, for a recurring budget. */
export function budgetRateText(rate: NonNullable<TacticView['budgetRate']>): string {
    return `${formatMoney(rate)} per ${rate.per}`;
}

/** What a metric's unit says: `a count`, `a percentage`, `in USD`. */
export function unitText(unit: string | undefined): string {
    return unit === undefined ? 'no unit' : unit === 'count' ? 'a count' : unit === '%' ? 'a percentage' : `in ${unit}`;
}

/** `15 Jan 2027 – 15 Dec 2027`, a tactic's span. */
export function spanText(from: string | undefined, to: string | undefined): string | undefined {
    return from && to ? `${formatDate(from)} – ${formatDate(to)}` : undefined;
}

/**
 * Why a plan shows no figures when all its check-ins and reviews are dated after today, and
 * how to look at it as of another day (the setting and the option are code, for the
 * renderer to mark up).
 */
export function afterTodayNote(view: Pick<PlanView, 'today' | 'allAfterToday'>): { headline: string; detail: string; setting: string; option: string } | undefined {
    if (!view.allAfterToday) {
        return undefined;
    }
    return {
        headline: `Nothing in this plan is dated on or before today (${formatDate(view.today)}).`,
        detail: `Its check-ins and reviews start on ${formatDate(view.allAfterToday.earliest)}, so no goal has an actual value yet.`,
        setting: 'smart.today',
        option: 'smart report --today YYYY-MM-DD'
    };
}

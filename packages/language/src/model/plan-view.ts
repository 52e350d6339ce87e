/**
 * Builds the plan's view model (plan-view-schema.ts) from the plan model: goals with
 * status and progress (from progress.ts), SMART letters (from the diagnostics about each
 * goal), the strategies and tactics serving each goal with budgets summed, journeys, and
 * the review rhythm. Pure: the editor, the CLI report and the preview all call this.
 */
import { formatDay } from '../common/dates.js';
import { countSeverities, severityOfLsp } from '../common/vocabulary.js';
import { lettersByGoal, type GoalDiagnostic, type LetterOfRule } from './letters.js';
import type { GoalFacts, PlanFacts, TacticFacts } from './plan-facts.js';
import type { GoalView, PlanView, StrategyView } from './plan-view-schema.js';
import { goalForecast } from './forecast.js';
import type { Rollup } from './rollup.js';
import { goalProgress, trackable } from './progress.js';
import { reviewRhythm } from './reviews.js';
import { budgetTotal, sumMoney } from './budgets.js';
import { formatCadence } from '../common/values.js';

export interface PlanViewInput {
    /** How the plan is named to the reader (a path or URI). */
    file: string;
    facts: PlanFacts;
    /** Diagnostics of the plan's document: severity 1 error, 2 warning, 3/4 info (LSP). */
    diagnostics: ReadonlyArray<GoalDiagnostic & { severity?: number; message: string | { value: string } }>;
    today: number;
    tolerance: number;
    /** Which SMART letter each rule id checks. */
    letterOf: LetterOfRule;
    /** The roll-up of a goal of the plan, by name (the workspace's alignment); none: no aligned goals. */
    rollupOf?: (goalName: string) => Rollup | undefined;
}

export function buildPlanView(input: PlanViewInput): PlanView {
    const { facts, today } = input;
    const letters = lettersByGoal(input.diagnostics, facts.goals.map(g => g.name), input.letterOf);
    const reasons = letterReasonsByGoal(input.diagnostics, input.letterOf);
    const tactics = tacticsByStrategy(facts);
    const rhythm = reviewRhythm(facts, today);
    const header = facts.header;
    return {
        file: input.file,
        today: formatDay(today),
        header: header && {
            title: header.title,
            owner: header.owner,
            period: header.period && { start: header.period.start.date, end: header.period.end.date },
            cadence: header.cadence && formatCadence(header.cadence),
            lastReview: rhythm.lastReview !== undefined ? formatDay(rhythm.lastReview) : undefined,
            nextReviewDue: rhythm.nextReviewDue !== undefined ? formatDay(rhythm.nextReviewDue) : undefined,
            reviewOverdue: rhythm.overdue,
            line: header.line
        },
        goals: facts.goals.map(goal => goalView(goal, input, letters.get(goal.name)!, reasons.get(goal.name) ?? {}, tactics)),
        journeys: facts.journeys.map(journey => ({
            name: journey.name,
            avatar: journey.avatar,
            line: journey.line,
            steps: journey.steps.map(step => ({
                name: step.name,
                title: step.title,
                line: step.line,
                reactions: step.reactions.map(r => r.asset ?? r.tactic ?? ''),
                missingReaction: step.reactions.length === 0
            }))
        })),
        diagnostics: countSeverities(input.diagnostics, diagnostic => severityOfLsp(diagnostic.severity))
    };
}

/**
 * Per goal name, the messages of the diagnostics about it, by the SMART letter they fail.
 * One pass over the diagnostics: a plan with thousands of goals stays linear.
 */
function letterReasonsByGoal(diagnostics: PlanViewInput['diagnostics'], letterOf: LetterOfRule): Map<string, GoalView['letterReasons']> {
    const byGoal = new Map<string, GoalView['letterReasons']>();
    for (const diagnostic of diagnostics) {
        const about = (diagnostic.data as { goal?: unknown } | undefined)?.goal;
        const letter = typeof diagnostic.code === 'string' ? letterOf(diagnostic.code) : undefined;
        if (typeof about === 'string' && letter) {
            const reasons = byGoal.get(about) ?? {};
            (reasons[letter] ??= []).push(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
            byGoal.set(about, reasons);
        }
    }
    return byGoal;
}

/** Tactics by the strategy they execute, in written order. */
function tacticsByStrategy(facts: PlanFacts): Map<string, TacticFacts[]> {
    const byStrategy = new Map<string, TacticFacts[]>();
    for (const tactic of facts.tactics) {
        if (tactic.executes !== undefined) {
            const list = byStrategy.get(tactic.executes) ?? [];
            list.push(tactic);
            byStrategy.set(tactic.executes, list);
        }
    }
    return byStrategy;
}

function goalView(goal: GoalFacts, input: PlanViewInput, letters: GoalView['letters'], reasons: GoalView['letterReasons'], tactics: Map<string, TacticFacts[]>): GoalView {
    const standing = goalProgress(goal, input.today, input.tolerance);
    const forecast = goalForecast(goal, standing, input.today);
    const tracked = trackable(goal);
    return {
        name: goal.name,
        title: goal.title,
        owner: goal.owner,
        avatars: goal.avatars,
        metric: goal.metric,
        unit: goal.metricUnit,
        status: standing.status,
        direction: standing.direction,
        baseline: finite(goal.baseline?.value),
        target: finite(goal.target?.value),
        actual: finite(standing.actual),
        expected: finite(standing.expectedToday),
        progress: finite(standing.progress),
        deadline: goal.target?.date !== undefined && goal.target.day !== undefined ? formatDay(goal.target.day) : null,
        daysLeft: finite(standing.daysLeft),
        monthlyRate: finite(standing.monthlyRate),
        forecast: finite(forecast.forecast),
        eta: forecast.eta !== undefined ? formatDay(forecast.eta) : null,
        paceNeeded: finite(forecast.paceNeeded),
        rollup: rollupView(input.rollupOf?.(goal.name)),
        path: tracked ? tracked.path.map(p => ({ date: formatDay(p.day), value: p.value })) : [],
        benchmarks: goal.benchmarks.filter(b => b.day !== undefined).map(b => ({ date: formatDay(b.day!), value: b.value })),
        checkins: goal.checkins.filter(c => c.day !== undefined).map(c => ({ date: formatDay(c.day!), value: c.value, note: c.note, confidence: c.confidence })),
        letters,
        letterReasons: reasons,
        strategies: strategiesServing(goal.name, input.facts, tactics),
        line: goal.line
    };
}

/** A roll-up for the view: no descendants when there is none. */
function rollupView(rollup: Rollup | undefined): GoalView['rollup'] {
    return { total: rollup?.total ?? 0, worst: rollup?.worst ?? null, counts: { ...rollup?.counts } };
}

/** A figure for the view: null when unknown, or when extreme values made it infinite or NaN. */
function finite(value: number | undefined): number | null {
    return value !== undefined && Number.isFinite(value) ? value : null;
}

function strategiesServing(goalName: string, facts: PlanFacts, tacticsOf: Map<string, TacticFacts[]>): StrategyView[] {
    return facts.strategies.filter(s => s.serves.includes(goalName)).map(strategy => {
        const tactics = (tacticsOf.get(strategy.name) ?? []).map(tactic => ({
            name: tactic.name,
            title: tactic.title,
            channel: tactic.channel,
            owner: tactic.owner,
            budget: tactic.budget && budgetTotal(tactic.budget, tactic.span, facts.header?.period, facts.header?.currency),
            line: tactic.line
        }));
        return {
            name: strategy.name,
            title: strategy.title,
            message: strategy.message,
            tactics,
            budgets: sumMoney(tactics.map(t => t.budget)),
            line: strategy.line
        };
    });
}

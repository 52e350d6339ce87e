/**
 * Builds the plan's view model (plan-view-schema.ts) from the plan model: the header and
 * review rhythm; goals with status and progress (from progress.ts), SMART letters (from the
 * diagnostics about each goal) and every check-in; each strategy once, with the goals it
 * serves and its tactics; the tactics under none of them; the budget by strategy and by
 * channel; people, avatars and their needs, SWOT, metrics, journeys, reviews and skills.
 * Every reference carries its title beside its name. Pure: the editor, the CLI report and
 * the preview all call this.
 */
import { formatDay } from '../common/dates.js';
import { countSeverities, severityOfLsp } from '../common/vocabulary.js';
import { formatCadence } from '../common/values.js';
import { budgetTotal, sumMoney, type Money } from './budgets.js';
import { lettersByGoal, type GoalDiagnostic, type LetterOfRule } from './letters.js';
import type { GoalFacts, PlanFacts, TacticFacts } from './plan-facts.js';
import type { BudgetView, ElementRef, GoalView, PlanView, StrategyView, TacticView } from './plan-view-schema.js';
import { goalForecast } from './forecast.js';
import type { Rollup } from './rollup.js';
import { goalProgress, trackable, valueUnit } from './progress.js';
import { reviewRhythm } from './reviews.js';

export interface PlanViewInput {
    /** How the plan is named to the reader (a path relative to the workspace or the current directory). */
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
    /** The title of a name the plan refers to but does not declare (imported); undefined when unknown. */
    importedTitle?: (name: string) => string | undefined;
}

/** Turns names into references with titles: the plan's own elements first, then imported ones. */
type RefOf = (name: string) => ElementRef;

export function buildPlanView(input: PlanViewInput): PlanView {
    const { facts, today } = input;
    const ref = referenceMaker(facts, input.importedTitle);
    const refs = (names: readonly string[]) => names.map(ref);
    const optionalRef = (name: string | undefined) => name === undefined ? undefined : ref(name);
    const letters = lettersByGoal(input.diagnostics, facts.goals.map(g => g.name), input.letterOf);
    const reasons = letterReasonsByGoal(input.diagnostics, input.letterOf);
    const rhythm = reviewRhythm(facts, today);
    const header = facts.header;
    const skillsOf = namesBy(facts.skills, skill => skill.supports);
    const tactics = facts.tactics.map(tactic => tacticView(tactic, facts, ref, skillsOf.get(tactic.name) ?? []));
    const tacticsOf = groupBy(tactics, t => t.strategy?.name);
    const localStrategies = new Set(facts.strategies.map(s => s.name));
    const strategies: StrategyView[] = facts.strategies.map(strategy => {
        const own = tacticsOf.get(strategy.name) ?? [];
        return {
            name: strategy.name,
            title: strategy.title,
            message: strategy.message,
            proposition: strategy.proposition,
            serves: refs(strategy.serves),
            audience: refs(strategy.audience),
            addresses: refs(strategy.addresses),
            tactics: own,
            budgets: sumMoney(own.map(t => t.budget)),
            line: strategy.line
        };
    });
    const unassignedTactics = tactics.filter(t => t.strategy === undefined || !localStrategies.has(t.strategy.name));
    const addressing = namesBy(facts.strategies, strategy => strategy.addresses);
    const serving = namesBy(facts.strategies, strategy => strategy.serves);
    const decisionsAbout = decisionsByGoal(facts);
    return {
        file: input.file,
        today: formatDay(today),
        header: header && {
            title: header.title,
            owner: optionalRef(header.owner),
            description: header.description,
            period: header.period && { start: header.period.start.date, end: header.period.end.date },
            cadence: header.cadence && formatCadence(header.cadence),
            currency: header.currency,
            lastReview: rhythm.lastReview !== undefined ? formatDay(rhythm.lastReview) : undefined,
            nextReviewDue: rhythm.nextReviewDue !== undefined ? formatDay(rhythm.nextReviewDue) : undefined,
            reviewOverdue: rhythm.overdue,
            line: header.line
        },
        allAfterToday: allAfterToday(facts, today),
        goals: facts.goals.map(goal => goalView(goal, input, ref, letters.get(goal.name)!, reasons.get(goal.name) ?? {}, serving.get(goal.name) ?? [], decisionsAbout.get(goal.name) ?? [])),
        strategies,
        unassignedTactics,
        budget: budgetView(strategies, unassignedTactics, tactics, ref),
        people: facts.persons.map(person => ({ name: person.name, title: person.title, roles: person.roles, line: person.line })),
        avatars: facts.avatars.map(avatar => ({
            name: avatar.name,
            title: avatar.title,
            segment: avatar.segment,
            market: avatar.market,
            needs: avatar.needs.map(need => ({ name: need.name, title: need.title, addressedBy: addressing.get(`${avatar.name}.${need.name}`) ?? [] })),
            motivations: avatar.motivations,
            criteria: avatar.criteria,
            channels: avatar.channels,
            line: avatar.line
        })),
        swot: facts.swots.length === 0 ? undefined : {
            strengths: facts.swots.flatMap(s => s.strengths),
            weaknesses: facts.swots.flatMap(s => s.weaknesses),
            opportunities: facts.swots.flatMap(s => s.opportunities),
            threats: facts.swots.flatMap(s => s.threats),
            line: facts.swots[0].line
        },
        metrics: facts.metrics.map(metric => ({ name: metric.name, title: metric.title, unit: metric.unit, line: metric.line })),
        journeys: facts.journeys.map(journey => ({
            name: journey.name,
            avatar: ref(journey.avatar),
            line: journey.line,
            steps: journey.steps.map(step => ({
                name: step.name,
                title: step.title,
                reactions: step.reactions.map(r => r.asset !== undefined ? { asset: r.asset } : { tactic: ref(r.tactic ?? '') }),
                missingReaction: step.reactions.length === 0,
                stakeholders: step.stakeholders,
                competitors: step.competitors,
                worstCases: step.worstCases,
                alternatives: step.alternatives,
                line: step.line
            }))
        })),
        reviews: facts.reviews.map(review => ({
            date: review.date,
            title: review.title,
            attendees: refs(review.attendees),
            decisions: review.decisions.map(decision => ({ text: decision.text, about: refs(decision.about) })),
            afterToday: review.day !== undefined && review.day > today,
            line: review.line
        })),
        skills: facts.skills.map(skill => ({ name: skill.name, title: skill.title, coach: optionalRef(skill.coach), supports: refs(skill.supports), line: skill.line })),
        diagnostics: countSeverities(input.diagnostics, diagnostic => severityOfLsp(diagnostic.severity))
    };
}

/** Titles by name of everything the plan declares (needs as `avatar.need`), then of what it imports. */
function referenceMaker(facts: PlanFacts, importedTitle: PlanViewInput['importedTitle']): RefOf {
    const titles = new Map<string, string>();
    const add = (name: string, title: string) => {
        if (title.trim() !== '' && !titles.has(name)) {
            titles.set(name, title);
        }
    };
    for (const list of [facts.persons, facts.avatars, facts.metrics, facts.goals, facts.strategies, facts.tactics, facts.skills]) {
        for (const element of list) {
            add(element.name, element.title);
        }
    }
    for (const avatar of facts.avatars) {
        for (const need of avatar.needs) {
            add(`${avatar.name}.${need.name}`, need.title);
        }
    }
    return name => {
        let title = titles.get(name);
        if (title === undefined) {
            const imported = importedTitle?.(name);
            title = imported !== undefined && imported.trim() !== '' ? imported : name;
            titles.set(name, title);
        }
        return { name, title };
    };
}

/** The earliest check-in or review, when every one of them is dated after today. */
function allAfterToday(facts: PlanFacts, today: number): PlanView['allAfterToday'] {
    let earliest: number | undefined;
    const days = [...facts.checkins.map(c => c.day), ...facts.goals.flatMap(g => g.checkins.map(c => c.day)), ...facts.reviews.map(r => r.day)];
    for (const day of days) {
        if (day === undefined) {
            continue;
        }
        if (day <= today) {
            return undefined;
        }
        earliest = earliest === undefined ? day : Math.min(earliest, day);
    }
    return earliest === undefined ? undefined : { earliest: formatDay(earliest) };
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

/** Each goal's review decisions (those `about` it), in date order. */
function decisionsByGoal(facts: PlanFacts): Map<string, GoalView['decisions']> {
    const byGoal = new Map<string, GoalView['decisions']>();
    const reviews = [...facts.reviews].sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity));
    for (const review of reviews) {
        for (const decision of review.decisions) {
            for (const goal of new Set(decision.about)) {
                const list = byGoal.get(goal) ?? [];
                list.push({ date: review.date, review: review.title, text: decision.text, line: review.line });
                byGoal.set(goal, list);
            }
        }
    }
    return byGoal;
}

function goalView(goal: GoalFacts, input: PlanViewInput, ref: RefOf, letters: GoalView['letters'], reasons: GoalView['letterReasons'], strategies: ElementRef[], decisions: GoalView['decisions']): GoalView {
    const standing = goalProgress(goal, input.today, input.tolerance);
    const forecast = goalForecast(goal, standing, input.today);
    const tracked = trackable(goal);
    return {
        name: goal.name,
        title: goal.title,
        owner: goal.owner === undefined ? undefined : ref(goal.owner),
        avatars: goal.avatars.map(ref),
        metric: goal.metric === undefined ? undefined : ref(goal.metric),
        unit: valueUnit(goal),
        aligns: goal.aligns === undefined ? undefined : ref(goal.aligns),
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
        checkins: goal.checkins.filter(c => c.day !== undefined).map(c => ({
            date: formatDay(c.day!), value: c.value, confidence: c.confidence, note: c.note, afterToday: c.day! > input.today
        })),
        decisions,
        letters,
        letterReasons: reasons,
        strategies,
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

function tacticView(tactic: TacticFacts, facts: PlanFacts, ref: RefOf, skills: ElementRef[]): TacticView {
    const budget = tactic.budget;
    const currency = budget?.currency ?? facts.header?.currency;
    return {
        name: tactic.name,
        title: tactic.title,
        strategy: tactic.executes === undefined ? undefined : ref(tactic.executes),
        channel: tactic.channel,
        owner: tactic.owner === undefined ? undefined : ref(tactic.owner),
        budget: budget && budgetTotal(budget, tactic.span, facts.header?.period, facts.header?.currency),
        budgetRate: budget?.per ? { amount: budget.amount, currency, per: budget.per } : undefined,
        from: tactic.span?.start.date,
        to: tactic.span?.end.date,
        moves: tactic.moves === undefined ? undefined : ref(tactic.moves),
        skills,
        line: tactic.line
    };
}

/** The plan's budget: in total, per strategy (the tactics under none grouped by what they execute) and per channel. */
function budgetView(strategies: StrategyView[], unassigned: TacticView[], tactics: TacticView[], ref: RefOf): BudgetView {
    const byStrategy: BudgetView['byStrategy'] = strategies
        .filter(s => s.budgets.length > 0)
        .map(s => ({ strategy: { name: s.name, title: s.title }, budgets: s.budgets }));
    for (const [name, group] of groupBy(unassigned, t => t.strategy?.name)) {
        const budgets = sumMoney(group.map(t => t.budget));
        if (budgets.length > 0) {
            byStrategy.push({ strategy: name === undefined ? null : ref(name), budgets });
        }
    }
    const byChannel: BudgetView['byChannel'] = [];
    for (const [channel, group] of groupBy(tactics, t => t.channel)) {
        const budgets = sumMoney(group.map(t => t.budget));
        if (budgets.length > 0) {
            byChannel.push({ channel: channel ?? null, budgets });
        }
    }
    return { total: sumMoney(tactics.map((t): Money | undefined => t.budget)), byStrategy, byChannel };
}

/** For each name an element lists (`serves`, `addresses`, `supports`), the elements listing it, as references. */
function namesBy<T extends { name: string; title: string }>(elements: readonly T[], names: (element: T) => readonly string[]): Map<string, ElementRef[]> {
    const by = new Map<string, ElementRef[]>();
    for (const element of elements) {
        for (const name of new Set(names(element))) {
            const list = by.get(name);
            const entry = { name: element.name, title: element.title };
            if (list) {
                list.push(entry);
            } else {
                by.set(name, [entry]);
            }
        }
    }
    return by;
}

/** Items grouped by a key, groups in first-seen order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group) {
            group.push(item);
        } else {
            groups.set(k, [item]);
        }
    }
    return groups;
}

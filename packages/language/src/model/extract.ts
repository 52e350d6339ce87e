/**
 * Reads the plan model (PlanFacts) off a parsed plan file: references become names,
 * dates become day numbers, values become numbers, and each once-only property is read
 * from its first occurrence. Check-ins are attached to the goals they measure.
 */
import type { Reference } from 'langium';
import {
    isCheckin,
    type Cadence, type CheckinEntry, type Goal, type PlanFile, type PlanHeader, type Review, type Span
} from '../generated/ast.js';
import { parseDate, toDay, type DatePosition } from '../common/dates.js';
import { sortIfUnordered } from './ordering.js';
import type { CheckinValue, DatedFact, GoalFacts, HeaderFacts, MeasuredValue, PlanFacts, ReviewFacts } from './plan-facts.js';
import { metricUnit, parseCadence, parseValue, type CadenceValue } from '../common/values.js';

export interface ExtractOptions {
    /**
     * Check-in entries measuring a goal, from every loaded plan. Defaults to the entries
     * of the goal's own file.
     */
    checkinsOf?: (goal: Goal) => CheckinEntry[];
    /** The facts of a goal when the caller has them already (the plan model reads goals one by one too). */
    goalFacts?: (goal: Goal) => GoalFacts;
}

/** A name or title the parser did not get (a plan mid-edit) reads as empty text. */
const text = (value: string | undefined): string => value ?? '';
const refName = (reference: Reference | undefined): string | undefined => reference?.$refText || undefined;
const refNames = (references: Reference[]): string[] => references.map(r => r.$refText).filter(Boolean);
const lineOf = (node: { $cstNode?: { range: { start: { line: number } } } }): number => node.$cstNode?.range.start.line ?? 0;

function dated(text: string | undefined, position: DatePosition): DatedFact | undefined {
    return text === undefined ? undefined : { date: text, day: toDay(text, position) };
}

function measured(valueText: string | undefined, dateText: string | undefined, position: DatePosition): MeasuredValue | undefined {
    const value = parseValue(valueText);
    if (!value) {
        return undefined;
    }
    return { value: value.amount, percent: value.percent, ...(dateText !== undefined ? { date: dateText, day: toDay(dateText, position) } : {}) };
}

function spanOf(span: Span | undefined): { start: DatedFact; end: DatedFact } | undefined {
    if (!span?.start || !span.end) {
        return undefined;
    }
    return { start: dated(span.start, 'start')!, end: dated(span.end, 'end')! };
}

function cadenceOf(cadence: Cadence | undefined): CadenceValue | undefined {
    return cadence?.count !== undefined && cadence.unit !== undefined ? parseCadence(cadence.count, cadence.unit) : undefined;
}

export function extractHeader(header: PlanHeader | undefined): HeaderFacts | undefined {
    if (!header) {
        return undefined;
    }
    return {
        title: text(header.title),
        owner: refName(header.owner[0]),
        period: spanOf(header.period[0]),
        cadence: cadenceOf(header.cadence[0]),
        currency: header.currency[0],
        description: header.description[0],
        line: lineOf(header)
    };
}

export function checkinValue(entry: CheckinEntry, checkinDate: string): CheckinValue | undefined {
    const value = parseValue(entry.value);
    if (!value) {
        return undefined;
    }
    const parsed = parseDate(checkinDate, 'end');
    return {
        date: checkinDate,
        day: parsed.ok ? parsed.day : undefined,
        value: value.amount,
        percent: value.percent,
        confidence: entry.confidence as CheckinValue['confidence'],
        note: entry.note
    };
}

export function extractGoal(goal: Goal, planCadence: CadenceValue | undefined, entries: CheckinEntry[]): GoalFacts {
    const baseline = goal.baseline[0];
    const target = goal.target[0];
    const ownCadence = cadenceOf(goal.cadence[0]);
    const checkins: CheckinValue[] = [];
    for (const entry of entries) {
        const value = isCheckin(entry.$container) && entry.$container.date ? checkinValue(entry, entry.$container.date) : undefined;
        if (value) {
            checkins.push(value);
        }
    }
    sortIfUnordered(checkins, checkin => checkin.day ?? Infinity);
    return {
        name: text(goal.name),
        title: text(goal.title),
        line: lineOf(goal),
        avatars: refNames(goal.avatars),
        metric: refName(goal.metric[0]),
        metricUnit: metricUnit(goal.metric[0]?.ref?.unit),
        baseline: measured(baseline?.value, baseline?.date, 'start'),
        target: measured(target?.value, target?.date, 'end'),
        owner: refName(goal.owner[0]),
        aligns: refName(goal.aligns[0]),
        // One entry per written benchmark, so facts and syntax nodes share indices; a benchmark
        // whose value did not parse gets no day, which keeps it off the planned path.
        benchmarks: goal.benchmarks.map(b => {
            const value = parseValue(b.value);
            const date = dated(b.date, 'end') ?? { date: '' };
            return value ? { value: value.amount, percent: value.percent, ...date } : { value: NaN, percent: false, date: date.date };
        }),
        cadence: ownCadence ?? planCadence,
        ownCadence: ownCadence !== undefined,
        checkins
    };
}

export function extractReview(review: Review): ReviewFacts {
    return { ...dated(review.date, 'end') ?? { date: '' }, title: text(review.title), line: lineOf(review), attendees: refNames(review.attendees), decisions: review.decisions.map(decision => ({ text: text(decision.text), about: refNames(decision.goals) })) };
}

/** The check-in entries of a file, grouped by the goal they resolve to. */
export function checkinEntriesByGoal(plan: PlanFile): Map<Goal, CheckinEntry[]> {
    const byGoal = new Map<Goal, CheckinEntry[]>();
    for (const checkin of plan.declarations.filter(isCheckin)) {
        for (const entry of checkin.entries) {
            const goal = entry.goal?.ref;
            if (goal) {
                byGoal.set(goal, [...byGoal.get(goal) ?? [], entry]);
            }
        }
    }
    return byGoal;
}

export function extractPlan(plan: PlanFile, options: ExtractOptions = {}): PlanFacts {
    const header = extractHeader(plan.header);
    const localEntries = options.checkinsOf ? undefined : checkinEntriesByGoal(plan);
    const checkinsOf = options.checkinsOf ?? ((goal: Goal) => localEntries!.get(goal) ?? []);
    const facts: PlanFacts = {
        header,
        imports: plan.imports.flatMap(i => i.path === undefined ? [] : [i.path]),
        persons: [], avatars: [], swots: [], metrics: [], goals: [], strategies: [], tactics: [], journeys: [], checkins: [], reviews: [], skills: []
    };
    // One switch on the node type: the generated type guards walk the type hierarchy, and
    // a large plan has tens of thousands of declarations to sort.
    for (const d of plan.declarations) {
        const line = lineOf(d);
        switch (d.$type) {
            case 'Person':
                facts.persons.push({ name: text(d.name), title: text(d.title), line, roles: [...d.roles] });
                break;
            case 'Avatar':
                facts.avatars.push({
                    name: text(d.name), title: text(d.title), line, segment: d.segment[0], market: d.market[0],
                    needs: d.needs.map(n => ({ name: text(n.name), title: text(n.title) })),
                    motivations: [...d.motivations], criteria: [...d.criteria], channels: [...d.channels]
                });
                break;
            case 'Swot':
                facts.swots.push({ strengths: [...d.strengths], weaknesses: [...d.weaknesses], opportunities: [...d.opportunities], threats: [...d.threats], line });
                break;
            case 'Metric':
                facts.metrics.push({ name: text(d.name), title: text(d.title), line, unit: metricUnit(d.unit) });
                break;
            case 'Goal':
                facts.goals.push(options.goalFacts ? options.goalFacts(d) : extractGoal(d, header?.cadence, checkinsOf(d)));
                break;
            case 'Strategy':
                facts.strategies.push({
                    name: text(d.name), title: text(d.title), line, serves: refNames(d.goals), audience: refNames(d.audience),
                    addresses: refNames(d.needs), message: d.message[0], proposition: d.proposition[0]
                });
                break;
            case 'Tactic': {
                const budget = d.budget[0];
                const amount = parseValue(budget?.amount);
                facts.tactics.push({
                    name: text(d.name), title: text(d.title), line, executes: refName(d.strategy[0]), channel: d.channel[0], owner: refName(d.owner[0]),
                    budget: amount ? { amount: amount.amount, currency: budget.currency, per: budget.per as 'week' | 'month' | 'quarter' | 'year' | undefined } : undefined,
                    span: spanOf(d.span[0]), moves: refName(d.moves[0])
                });
                break;
            }
            case 'Journey':
                facts.journeys.push({
                    name: text(d.name), avatar: refName(d.avatar) ?? '', line,
                    steps: d.steps.map(s => ({
                        name: text(s.name), title: text(s.title), line: lineOf(s),
                        reactions: s.reactions.map(r => r.asset !== undefined ? { asset: r.asset } : { tactic: refName(r.tactic) }),
                        stakeholders: [...s.stakeholders], competitors: [...s.competitors], worstCases: [...s.worstCases], alternatives: [...s.alternatives]
                    }))
                });
                break;
            case 'Checkin': {
                const entries: PlanFacts['checkins'][number]['entries'] = [];
                for (const e of d.entries) {
                    const value = parseValue(e.value);
                    if (value) {
                        entries.push({ goal: refName(e.goal) ?? '', value: value.amount, percent: value.percent, confidence: e.confidence as 'low' | 'medium' | 'high' | undefined, note: e.note });
                    }
                }
                facts.checkins.push({ ...dated(d.date, 'end') ?? { date: '' }, line, entries });
                break;
            }
            case 'Review':
                facts.reviews.push(extractReview(d));
                break;
            case 'Skill':
                facts.skills.push({ name: text(d.name), title: text(d.title), line, coach: refName(d.coach[0]), supports: refNames(d.tactics) });
                break;
        }
    }
    return facts;
}

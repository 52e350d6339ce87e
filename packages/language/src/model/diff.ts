/**
 * The semantic diff of two versions of one plan file: elements matched by kind and name
 * (never by line), renames detected (same kind, title and body under another name), and
 * every changed fact reported with a class — `regression`, `improvement` or `neutral` —
 * that respects a goal's direction. Pure functions over PlanFacts, for `smart diff` and
 * anything else that compares plans. Reformatting or reordering changes no fact, so it
 * changes nothing here; only a journey's steps are ordered.
 */
import type {
    AvatarFacts, BenchmarkFacts, BudgetFacts, CheckinFacts, DatedFact, GoalFacts, HeaderFacts, JourneyFacts, MeasuredValue,
    MetricFacts, PersonFacts, PlanFacts, ReviewFacts, SkillFacts, StepFacts, StrategyFacts, SwotFacts, TacticFacts
} from './plan-facts.js';
import { directionOf, type Direction } from './progress.js';
import { formatCadence, type CadenceValue } from './values.js';

/** The element kinds a diff reports, in report order. */
export const DIFF_ELEMENT_KINDS = ['plan', 'person', 'avatar', 'swot', 'metric', 'goal', 'strategy', 'tactic', 'journey', 'review', 'skill'] as const;
export type DiffElementKind = typeof DIFF_ELEMENT_KINDS[number];

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'changed';
export type ChangeClass = 'regression' | 'improvement' | 'neutral';

export interface PlanChange {
    kind: DiffElementKind;
    /** The element's name; `avatar.need` or `journey.step` for a change inside a need or step. */
    name: string;
    /** The top-level element the change belongs to (what the summary counts). */
    element: string;
    change: ChangeKind;
    /** The changed fact, named by its keyword (`target`, `deadline`, `owner`, `benchmark`, ...). */
    field?: string;
    /** The fact before and after, as a plan author writes it (`400`, `170 by 2027-03-31`). */
    old?: string;
    new?: string;
    class: ChangeClass;
    /** What changed, in words, without the element: `target lowered 400 → 350 (−50, −12.5%)`. */
    detail: string;
}

export interface DiffSummary {
    added: number;
    removed: number;
    /** Elements renamed or with at least one changed fact. */
    changed: number;
    regressions: number;
}

/** Counts elements added, removed and changed (per file when changes carry one), and regressions. */
export function summarizeChanges(changes: ReadonlyArray<Pick<PlanChange, 'kind' | 'element' | 'change' | 'class'> & { file?: string }>): DiffSummary {
    const changedElements = new Set(changes
        .filter(c => c.change === 'changed' || c.change === 'renamed')
        .map(c => JSON.stringify([c.file ?? '', c.kind, c.element])));
    return {
        added: changes.filter(c => c.change === 'added').length,
        removed: changes.filter(c => c.change === 'removed').length,
        changed: changedElements.size,
        regressions: changes.filter(c => c.class === 'regression').length
    };
}

/** The changes from the old plan to the new; undefined stands for a file absent on that side. */
export function diffPlans(oldPlan: PlanFacts | undefined, newPlan: PlanFacts | undefined): PlanChange[] {
    const before = oldPlan ?? EMPTY_PLAN;
    const after = newPlan ?? EMPTY_PLAN;
    const renames = detectRenames(before, after);
    const canonical = renameReferences(before, renames);
    const context: DiffContext = {
        oldCurrency: before.header?.currency,
        newCurrency: after.header?.currency,
        newPlan: after
    };
    const groups = KIND_DIFFERS.flatMap(differ => elementGroups(differ, canonical, after, renames, context));
    attachCheckinChanges(groups, canonical, after);
    return groups.flatMap(group => group.changes);
}

// ---------------------------------------------------------------------------------------
// Elements of each kind: how they are listed, matched and compared.
// ---------------------------------------------------------------------------------------

/** A fact change inside an element, before the element's kind and name are attached. */
interface FieldChange {
    field: string;
    old?: string;
    new?: string;
    class: ChangeClass;
    detail: string;
    /** A need or step name: the change is reported on `element.part`. */
    part?: string;
}

interface DiffContext {
    oldCurrency?: string;
    newCurrency?: string;
    newPlan: PlanFacts;
}

interface KindDiffer<E> {
    kind: DiffElementKind;
    elements: (plan: PlanFacts) => E[];
    /** What matches an old element with a new one. */
    key: (element: E, index: number) => string;
    /** The name shown for the element. */
    label: (element: E) => string;
    line: (element: E) => number;
    /** Whether an unmatched element may be a renamed one (the kinds with declared names). */
    renamable: boolean;
    /** Every changed fact, the title included; empty when the two are the same. */
    compare: (before: E, after: E, context: DiffContext) => FieldChange[];
    added?: (element: E) => ChangeClass;
    removed?: (element: E, context: DiffContext) => { class: ChangeClass; note?: string };
}

const differ = <E>(spec: KindDiffer<E>): KindDiffer<unknown> => spec as KindDiffer<unknown>;

const named = { key: (e: { name: string }) => e.name, label: (e: { name: string }) => e.name, line: (e: { line: number }) => e.line, renamable: true };

const KIND_DIFFERS: KindDiffer<unknown>[] = [
    differ<HeaderFacts>({
        kind: 'plan', elements: plan => plan.header ? [plan.header] : [], key: () => 'plan', label: header => header.title,
        line: header => header.line, renamable: false,
        compare: (before, after) => [
            ...textChange('title', before.title, after.title),
            ...ownerChange(before.owner, after.owner),
            ...spanChange('period', before.period, after.period),
            ...valueChange('review', cadenceText(before.cadence), cadenceText(after.cadence)),
            ...valueChange('currency', before.currency, after.currency),
            ...textChange('description', before.description, after.description)
        ]
    }),
    differ<PersonFacts>({
        kind: 'person', ...named,
        elements: plan => plan.persons,
        compare: (before, after) => [...textChange('title', before.title, after.title), ...setChanges('role', before.roles, after.roles, quoted)]
    }),
    differ<AvatarFacts>({
        kind: 'avatar', ...named,
        elements: plan => plan.avatars,
        compare: (before, after) => [
            ...textChange('title', before.title, after.title),
            ...textChange('segment', before.segment, after.segment),
            ...valueChange('market', before.market, after.market),
            ...partChanges('need', before.needs, after.needs, (b, a) => textChange('title', b.title, a.title)),
            ...setChanges('motivation', before.motivations, after.motivations, quoted),
            ...setChanges('criteria', before.criteria, after.criteria, quoted),
            ...setChanges('channel', before.channels, after.channels)
        ]
    }),
    differ<SwotFacts>({
        kind: 'swot', elements: plan => plan.swots, key: (_, index) => index === 0 ? 'swot' : `swot ${index + 1}`,
        label: () => 'swot', line: swot => swot.line, renamable: false,
        compare: (before, after) => [
            ...setChanges('strength', before.strengths, after.strengths, quoted),
            ...setChanges('weakness', before.weaknesses, after.weaknesses, quoted),
            ...setChanges('opportunity', before.opportunities, after.opportunities, quoted),
            ...setChanges('threat', before.threats, after.threats, quoted)
        ]
    }),
    differ<MetricFacts>({
        kind: 'metric', ...named,
        elements: plan => plan.metrics,
        compare: (before, after) => [...textChange('title', before.title, after.title), ...valueChange('unit', before.unit, after.unit)]
    }),
    differ<GoalFacts>({
        kind: 'goal', ...named,
        elements: plan => plan.goals,
        compare: compareGoals,
        added: () => 'improvement',
        removed: () => ({ class: 'regression' })
    }),
    differ<StrategyFacts>({
        kind: 'strategy', ...named,
        elements: plan => plan.strategies,
        compare: (before, after) => [
            ...textChange('title', before.title, after.title),
            ...setChanges('serves', before.serves, after.serves),
            ...setChanges('audience', before.audience, after.audience),
            ...setChanges('addresses', before.addresses, after.addresses),
            ...textChange('message', before.message, after.message),
            ...textChange('proposition', before.proposition, after.proposition)
        ],
        removed: (strategy, context) => {
            const orphans = context.newPlan.tactics.filter(tactic => tactic.executes === strategy.name).map(tactic => tactic.name);
            return orphans.length > 0
                ? { class: 'regression', note: `while ${plural(orphans.length, 'tactic')} ${orphans.join(', ')} still ${orphans.length === 1 ? 'executes' : 'execute'} it` }
                : { class: 'neutral' };
        }
    }),
    differ<TacticFacts>({
        kind: 'tactic', ...named,
        elements: plan => plan.tactics,
        compare: (before, after, context) => [
            ...textChange('title', before.title, after.title),
            ...valueChange('executes', before.executes, after.executes, presenceClass),
            ...valueChange('channel', before.channel, after.channel),
            ...ownerChange(before.owner, after.owner),
            ...budgetChange(before.budget, after.budget, context),
            ...spanChange('span', before.span, after.span),
            ...valueChange('moves', before.moves, after.moves)
        ]
    }),
    differ<JourneyFacts>({
        kind: 'journey', ...named,
        elements: plan => plan.journeys,
        compare: (before, after) => [
            ...valueChange('for', before.avatar || undefined, after.avatar || undefined),
            ...partChanges('step', before.steps, after.steps, compareSteps),
            ...stepOrderChange(before.steps, after.steps)
        ]
    }),
    differ<ReviewFacts>({
        kind: 'review', elements: plan => plan.reviews, key: review => review.day !== undefined ? `day ${review.day}` : review.date,
        label: review => review.date, line: review => review.line, renamable: false,
        compare: (before, after) => [
            ...textChange('title', before.title, after.title),
            ...setChanges('attendee', before.attendees, after.attendees),
            ...setChanges('decision', before.decisions, after.decisions, quoted)
        ]
    }),
    differ<SkillFacts>({
        kind: 'skill', ...named,
        elements: plan => plan.skills,
        compare: (before, after) => [
            ...textChange('title', before.title, after.title),
            ...valueChange('coach', before.coach, after.coach),
            ...setChanges('supports', before.supports, after.supports)
        ]
    })
];

/** The changes of one element (or of the goal a check-in measures), in report order. */
interface ElementGroup {
    kind: DiffElementKind;
    name: string;
    /** Whether the element exists on both sides (so its check-ins are compared). */
    matched: boolean;
    changes: PlanChange[];
}

function elementGroups(kind: KindDiffer<unknown>, before: PlanFacts, after: PlanFacts, renames: Map<string, string>, context: DiffContext): ElementGroup[] {
    const oldElements = keyed(kind, before);
    const newElements = keyed(kind, after);
    const renamedTo = new Map([...oldElements].filter(([key]) => kind.renamable && renames.has(key)).map(([key, element]) => [renames.get(key)!, { key, element }]));
    const groups: ElementGroup[] = [];
    const change = (name: string, fields: Omit<PlanChange, 'kind' | 'name' | 'element'>): PlanChange => ({ kind: kind.kind, name, element: name, ...fields });

    for (const [key, element] of [...newElements].sort(([, a], [, b]) => kind.line(a) - kind.line(b))) {
        const name = kind.label(element);
        const previous = oldElements.get(key) ?? renamedTo.get(key)?.element;
        if (previous === undefined) {
            const title = titleOf(kind, element);
            groups.push({
                kind: kind.kind, name, matched: false,
                changes: [change(name, { change: 'added', class: kind.added?.(element) ?? 'neutral', detail: title ? `added ${quote(title)}` : 'added' })]
            });
            continue;
        }
        const changes: PlanChange[] = [];
        const oldName = renamedTo.get(key)?.key;
        if (!oldElements.has(key) && oldName !== undefined) {
            changes.push(change(name, { change: 'renamed', old: oldName, new: name, class: 'neutral', detail: `renamed from ${oldName}` }));
        }
        for (const field of kind.compare(previous, element, context)) {
            const { part, ...rest } = field;
            changes.push({ kind: kind.kind, name: part ? `${name}.${part}` : name, element: name, change: 'changed', ...rest });
        }
        groups.push({ kind: kind.kind, name, matched: true, changes });
    }
    const renamedFrom = new Set([...renamedTo.values()].map(({ key }) => key));
    for (const [key, element] of [...oldElements].sort(([, a], [, b]) => kind.line(a) - kind.line(b))) {
        if (newElements.has(key) || renamedFrom.has(key)) {
            continue;
        }
        const name = kind.label(element);
        const verdict = kind.removed?.(element, context) ?? { class: 'neutral' as const };
        const title = titleOf(kind, element);
        const detail = ['removed', title ? quote(title) : '', verdict.note ?? ''].filter(Boolean).join(' ');
        groups.push({ kind: kind.kind, name, matched: false, changes: [change(name, { change: 'removed', class: verdict.class, detail })] });
    }
    return groups;
}

function keyed(kind: KindDiffer<unknown>, plan: PlanFacts): Map<string, unknown> {
    const elements = new Map<string, unknown>();
    kind.elements(plan).forEach((element, index) => {
        const key = kind.key(element, index);
        if (!elements.has(key)) { // a duplicate name is a lint error; the first one counts
            elements.set(key, element);
        }
    });
    return elements;
}

/** The title worth repeating next to the element's name (not a plan's: its title is its name). */
function titleOf(kind: KindDiffer<unknown>, element: unknown): string | undefined {
    const title = (element as { title?: unknown }).title;
    return typeof title === 'string' && title !== '' && title !== kind.label(element) ? title : undefined;
}

// ---------------------------------------------------------------------------------------
// Renames: an unmatched old element whose title and body equal an unmatched new one's.
// References to renamed elements are read under their new names, so a rename is one
// change, and renaming a goal and the strategy serving it is still two renames.
// ---------------------------------------------------------------------------------------

function detectRenames(before: PlanFacts, after: PlanFacts): Map<string, string> {
    const renames = new Map<string, string>();
    const context: DiffContext = { oldCurrency: before.header?.currency, newCurrency: after.header?.currency, newPlan: after };
    for (let found = true; found;) {
        found = false;
        const canonical = renameReferences(before, renames);
        for (const kind of KIND_DIFFERS.filter(k => k.renamable)) {
            const oldElements = keyed(kind, canonical);
            const newElements = keyed(kind, after);
            const taken = new Set(renames.values());
            for (const [oldKey, oldElement] of oldElements) {
                if (newElements.has(oldKey) || renames.has(oldKey)) {
                    continue;
                }
                for (const [newKey, newElement] of newElements) {
                    if (!oldElements.has(newKey) && !taken.has(newKey) && kind.compare(oldElement, newElement, context).length === 0) {
                        renames.set(oldKey, newKey);
                        taken.add(newKey);
                        found = true;
                        break;
                    }
                }
            }
        }
    }
    return renames;
}

/** The plan with every reference to a renamed element written with its new name. */
function renameReferences(plan: PlanFacts, renames: Map<string, string>): PlanFacts {
    if (renames.size === 0) {
        return plan;
    }
    const one = <T extends string | undefined>(name: T): T => (name === undefined ? name : renames.get(name) ?? name) as T;
    const all = (names: string[]) => names.map(one);
    const need = (qualified: string) => {
        const [avatar, ...rest] = qualified.split('.');
        return [one(avatar), ...rest].join('.');
    };
    return {
        ...plan,
        header: plan.header && { ...plan.header, owner: one(plan.header.owner) },
        goals: plan.goals.map(g => ({ ...g, avatars: all(g.avatars), metric: one(g.metric), owner: one(g.owner), aligns: one(g.aligns) })),
        strategies: plan.strategies.map(s => ({ ...s, serves: all(s.serves), audience: all(s.audience), addresses: s.addresses.map(need) })),
        tactics: plan.tactics.map(t => ({ ...t, executes: one(t.executes), owner: one(t.owner), moves: one(t.moves) })),
        journeys: plan.journeys.map(j => ({
            ...j, avatar: one(j.avatar),
            steps: j.steps.map(s => ({ ...s, reactions: s.reactions.map(r => r.tactic !== undefined ? { tactic: one(r.tactic) } : r) }))
        })),
        checkins: plan.checkins.map(c => ({ ...c, entries: c.entries.map(e => ({ ...e, goal: one(e.goal) })) })),
        reviews: plan.reviews.map(r => ({ ...r, attendees: all(r.attendees) })),
        skills: plan.skills.map(s => ({ ...s, coach: one(s.coach), supports: all(s.supports) }))
    };
}

// ---------------------------------------------------------------------------------------
// Goals: target, deadline, baseline and benchmarks, judged by the goal's direction.
// ---------------------------------------------------------------------------------------

function compareGoals(before: GoalFacts, after: GoalFacts): FieldChange[] {
    const units: PercentMetrics = { before: before.metricUnit === '%', after: after.metricUnit === '%' };
    const direction = goalDirection(before, after);
    return [
        ...textChange('title', before.title, after.title),
        ...setChanges('for', before.avatars, after.avatars),
        ...valueChange('metric', before.metric, after.metric),
        ...baselineChange(before.baseline, after.baseline, units),
        ...targetChange(before.target, after.target, direction, units),
        ...deadlineChange(before.target, after.target),
        ...ownerChange(before.owner, after.owner),
        ...valueChange('aligns', before.aligns, after.aligns),
        ...benchmarkChanges(before.benchmarks, after.benchmarks, direction, units),
        ...valueChange('review', ownCadence(before), ownCadence(after))
    ];
}

/** The goal's direction when both versions agree on it (or only one has a baseline and target). */
function goalDirection(before: GoalFacts, after: GoalFacts): Direction | undefined {
    const [was, is] = [directionOf(before), directionOf(after)];
    return was !== undefined && is !== undefined && was !== is ? undefined : is ?? was;
}

/** Whether moving a value from `from` to `to` asks for more (improvement) or less (regression). */
function ambitionClass(direction: Direction | undefined, from: number, to: number): ChangeClass {
    if (direction === undefined || from === to) {
        return 'neutral';
    }
    return (direction === 'increasing') === (to > from) ? 'improvement' : 'regression';
}

/** Whether each side's goal measures a `%` metric, on which a value's `%` is optional. */
interface PercentMetrics {
    before: boolean;
    after: boolean;
}

/** The same value, the old one first: `8` and `8%` are the same on a `%` metric. */
function sameValue(before: { value: number; percent: boolean }, after: { value: number; percent: boolean }, units: PercentMetrics): boolean {
    return before.value === after.value && (before.percent === after.percent || (before.percent || units.before) === (after.percent || units.after));
}

function targetChange(before: MeasuredValue | undefined, after: MeasuredValue | undefined, direction: Direction | undefined, units: PercentMetrics): FieldChange[] {
    if (!before && !after || before && after && sameValue(before, after, units)) {
        return [];
    }
    if (!before || !after) {
        return [presence('target', before && valueText(before), after && valueText(after), after ? 'improvement' : 'regression')];
    }
    const change = ambitionClass(direction, before.value, after.value);
    const note = direction === undefined ? ' (direction unknown: no baseline, or the goal changed direction)' : '';
    return [{ field: 'target', old: valueText(before), new: valueText(after), class: change, detail: `target ${valueMove(before, after)}${note}` }];
}

function deadlineChange(before: MeasuredValue | undefined, after: MeasuredValue | undefined): FieldChange[] {
    const [was, is] = [datedOf(before), datedOf(after)];
    if (sameDate(was, is)) {
        return [];
    }
    if (!was || !is) {
        return [presence('deadline', was?.date, is?.date, is ? 'improvement' : 'regression')];
    }
    if (was.day === undefined || is.day === undefined) {
        return [{ field: 'deadline', old: was.date, new: is.date, class: 'neutral', detail: `deadline ${was.date} → ${is.date}` }];
    }
    const shift = is.day - was.day;
    return [{
        field: 'deadline', old: was.date, new: is.date, class: shift > 0 ? 'regression' : 'improvement',
        detail: `deadline ${shift > 0 ? 'slipped' : 'pulled in'} ${days(shift)} (${was.date} → ${is.date})`
    }];
}

function baselineChange(before: MeasuredValue | undefined, after: MeasuredValue | undefined, units: PercentMetrics): FieldChange[] {
    const sameNumber = before && after ? sameValue(before, after, units) : before === after;
    const sameDay = sameDate(datedOf(before), datedOf(after));
    if (sameNumber && sameDay) {
        return [];
    }
    const [was, is] = [before && measuredText(before, 'on'), after && measuredText(after, 'on')];
    if (!before || !after) {
        return [presence('baseline', was, is)];
    }
    const detail = !sameNumber && sameDay ? `baseline ${valueMove(before, after)}`
        : sameNumber && before.day !== undefined && after.day !== undefined ? `baseline date moved ${before.date} → ${after.date} (${later(after.day - before.day)})`
            : `baseline ${was} → ${is}`;
    return [{ field: 'baseline', old: was, new: is, class: 'neutral', detail }];
}

/**
 * Benchmarks are matched on their date (a changed value), then on their value (a moved
 * date); what is left was removed or added.
 */
function benchmarkChanges(before: BenchmarkFacts[], after: BenchmarkFacts[], direction: Direction | undefined, units: PercentMetrics): FieldChange[] {
    const dayKey = (b: BenchmarkFacts) => b.day !== undefined ? `day ${b.day}` : b.date;
    const olds = [...before];
    const news = [...after];
    const take = (list: BenchmarkFacts[], match: (b: BenchmarkFacts) => boolean) => {
        const index = list.findIndex(match);
        return index < 0 ? undefined : list.splice(index, 1)[0];
    };
    for (const benchmark of [...olds]) {
        if (take(news, b => dayKey(b) === dayKey(benchmark) && sameValue(benchmark, b, units))) {
            take(olds, b => b === benchmark);
        }
    }
    const changes: FieldChange[] = [];
    for (const benchmark of [...olds]) {
        const sameDay = take(news, b => dayKey(b) === dayKey(benchmark));
        if (sameDay) {
            take(olds, b => b === benchmark);
            changes.push({
                field: 'benchmark', old: benchmarkText(benchmark), new: benchmarkText(sameDay), class: ambitionClass(direction, benchmark.value, sameDay.value),
                detail: `benchmark by ${sameDay.date} ${valueMove(benchmark, sameDay)}`
            });
        }
    }
    for (const benchmark of [...olds]) {
        const sameNumber = take(news, b => sameValue(benchmark, b, units));
        if (sameNumber) {
            take(olds, b => b === benchmark);
            const shift = benchmark.day !== undefined && sameNumber.day !== undefined ? sameNumber.day - benchmark.day : undefined;
            changes.push({
                field: 'benchmark', old: benchmarkText(benchmark), new: benchmarkText(sameNumber),
                class: shift === undefined ? 'neutral' : shift > 0 ? 'regression' : 'improvement',
                detail: shift === undefined
                    ? `benchmark ${valueText(benchmark)} moved ${benchmark.date} → ${sameNumber.date}`
                    : `benchmark ${valueText(benchmark)} ${shift > 0 ? 'slipped' : 'pulled in'} ${days(shift)} (${benchmark.date} → ${sameNumber.date})`
            });
        }
    }
    changes.push(...olds.map(b => presence('benchmark', benchmarkText(b), undefined, 'regression')));
    changes.push(...news.map(b => presence('benchmark', undefined, benchmarkText(b), 'improvement')));
    return changes;
}

function ownCadence(goal: GoalFacts): string | undefined {
    return goal.ownCadence ? cadenceText(goal.cadence) : undefined;
}

// ---------------------------------------------------------------------------------------
// Tactics, journeys, check-ins.
// ---------------------------------------------------------------------------------------

function budgetChange(before: BudgetFacts | undefined, after: BudgetFacts | undefined, context: DiffContext): FieldChange[] {
    const was = before && { ...before, currency: before.currency ?? context.oldCurrency };
    const is = after && { ...after, currency: after.currency ?? context.newCurrency };
    const [oldText, newText] = [was && budgetText(was), is && budgetText(is)];
    if (oldText === newText) {
        return [];
    }
    if (!was || !is) {
        return [presence('budget', oldText, newText)];
    }
    const detail = was.currency === is.currency && was.per === is.per
        ? `budget ${is.amount > was.amount ? 'raised' : 'lowered'} ${was.amount} → ${budgetText(is)} (${signed(is.amount - was.amount)}${percentChange(was.amount, is.amount)})`
        : `budget ${oldText} → ${newText}`;
    return [{ field: 'budget', old: oldText, new: newText, class: 'neutral', detail }];
}

function compareSteps(before: StepFacts, after: StepFacts): FieldChange[] {
    const reaction = (r: { tactic?: string; asset?: string }) => r.asset !== undefined ? quote(r.asset) : r.tactic ?? '';
    return [
        ...textChange('title', before.title, after.title),
        ...setChanges('reaction', before.reactions.map(reaction), after.reactions.map(reaction)),
        ...setChanges('stakeholder', before.stakeholders, after.stakeholders, quoted),
        ...setChanges('competitor', before.competitors, after.competitors, quoted),
        ...setChanges('worst', before.worstCases, after.worstCases, quoted),
        ...setChanges('alternative', before.alternatives, after.alternatives, quoted)
    ];
}

/** Steps are ordered as written: the steps on both sides, in another order, are a change. */
function stepOrderChange(before: StepFacts[], after: StepFacts[]): FieldChange[] {
    const common = new Set(before.map(s => s.name).filter(name => after.some(s => s.name === name)));
    const [was, is] = [before, after].map(steps => steps.map(s => s.name).filter(name => common.has(name)).join(', '));
    return was === is ? [] : [{ field: 'steps', old: was, new: is, class: 'neutral', detail: `steps reordered: ${was} → ${is}` }];
}

/**
 * Check-in entries written in this file, reported on the goal they measure (declared here
 * or imported). Entries of a goal added or removed with the file's change are part of that.
 */
function attachCheckinChanges(groups: ElementGroup[], before: PlanFacts, after: PlanFacts): void {
    const [olds, news] = [checkinsByGoal(before.checkins), checkinsByGoal(after.checkins)];
    const standalone: ElementGroup[] = [];
    for (const goal of new Set([...news.keys(), ...olds.keys()])) {
        const group = groups.find(g => g.kind === 'goal' && g.name === goal);
        if (group && !group.matched) {
            continue;
        }
        const changes = checkinChanges(olds.get(goal) ?? new Map(), news.get(goal) ?? new Map())
            .map(field => ({ kind: 'goal' as const, name: goal, element: goal, change: 'changed' as const, ...field }));
        if (changes.length === 0) {
            continue;
        }
        if (group) {
            group.changes.push(...changes);
        } else {
            standalone.push({ kind: 'goal', name: goal, matched: true, changes });
        }
    }
    const afterGoals = groups.findIndex(g => DIFF_ELEMENT_KINDS.indexOf(g.kind) > DIFF_ELEMENT_KINDS.indexOf('goal'));
    groups.splice(afterGoals < 0 ? groups.length : afterGoals, 0, ...standalone);
}

type CheckinEntryFacts = CheckinFacts['entries'][number] & DatedFact;

function checkinsByGoal(checkins: CheckinFacts[]): Map<string, Map<string, CheckinEntryFacts>> {
    const byGoal = new Map<string, Map<string, CheckinEntryFacts>>();
    for (const checkin of [...checkins].sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity))) {
        for (const entry of checkin.entries) {
            const entries = byGoal.get(entry.goal) ?? new Map<string, CheckinEntryFacts>();
            const key = checkin.day !== undefined ? `day ${checkin.day}` : checkin.date;
            if (!entries.has(key)) { // the same goal twice on one date is `duplicate-checkin`
                entries.set(key, { ...entry, date: checkin.date, day: checkin.day });
            }
            byGoal.set(entry.goal, entries);
        }
    }
    return byGoal;
}

function checkinChanges(before: Map<string, CheckinEntryFacts>, after: Map<string, CheckinEntryFacts>): FieldChange[] {
    const changes: FieldChange[] = [];
    for (const [key, entry] of after) {
        const previous = before.get(key);
        if (!previous) {
            changes.push({ field: 'checkin', new: checkinText(entry), class: 'neutral', detail: `check-in ${entry.date} added: ${measurementText(entry)}` });
        } else if (checkinText(previous) !== checkinText(entry)) {
            changes.push({
                field: 'checkin', old: checkinText(previous), new: checkinText(entry), class: 'neutral',
                detail: `check-in ${entry.date} changed: ${measurementText(previous)} → ${measurementText(entry)}`
            });
        }
    }
    for (const [key, entry] of before) {
        if (!after.has(key)) {
            changes.push({ field: 'checkin', old: checkinText(entry), class: 'neutral', detail: `check-in ${entry.date} removed: ${measurementText(entry)}` });
        }
    }
    return changes;
}

// ---------------------------------------------------------------------------------------
// Generic fact comparisons.
// ---------------------------------------------------------------------------------------

/** An owner removed is a regression (nobody is accountable); one added, an improvement. */
function ownerChange(before: string | undefined, after: string | undefined): FieldChange[] {
    return valueChange('owner', before, after, presenceClass);
}

function presenceClass(before: string | undefined, after: string | undefined): ChangeClass {
    return before === undefined ? 'improvement' : after === undefined ? 'regression' : 'neutral';
}

function valueChange(field: string, before: string | undefined, after: string | undefined, classify?: (before?: string, after?: string) => ChangeClass): FieldChange[] {
    if (before === after) {
        return [];
    }
    const change = classify?.(before, after) ?? 'neutral';
    return before !== undefined && after !== undefined
        ? [{ field, old: before, new: after, class: change, detail: `${field} ${before} → ${after}` }]
        : [presence(field, before, after, change)];
}

function textChange(field: string, before: string | undefined, after: string | undefined): FieldChange[] {
    return before === after ? [] : valueChange(field, before === undefined ? undefined : quote(before), after === undefined ? undefined : quote(after));
}

function presence(field: string, before: string | undefined, after: string | undefined, change: ChangeClass = 'neutral'): FieldChange {
    return after === undefined
        ? { field, old: before, class: change, detail: `${field} ${before} removed` }
        : { field, new: after, class: change, detail: `${field} ${after} added` };
}

const quoted = { quote: true };

/** Repeatable facts compared as sets: written order and repeats do not matter. */
function setChanges(field: string, before: string[], after: string[], options: { quote?: boolean } = {}): FieldChange[] {
    const show = (item: string) => options.quote ? quote(item) : item;
    const [was, is] = [new Set(before), new Set(after)];
    return [
        ...[...was].filter(item => !is.has(item)).map(item => presence(field, show(item), undefined)),
        ...[...is].filter(item => !was.has(item)).map(item => presence(field, undefined, show(item)))
    ];
}

/** Named parts (an avatar's needs, a journey's steps): added, removed, or changed inside. */
function partChanges<P extends { name: string; title: string }>(field: string, before: P[], after: P[], compare: (before: P, after: P) => FieldChange[]): FieldChange[] {
    const changes: FieldChange[] = before
        .filter(part => !after.some(p => p.name === part.name))
        .map(part => ({ field, old: part.name, class: 'neutral', detail: `${field} ${part.name} ${quote(part.title)} removed` }));
    for (const part of after) {
        const previous = before.find(p => p.name === part.name);
        changes.push(...previous
            ? compare(previous, part).map(change => ({ ...change, part: part.name }))
            : [{ field, new: part.name, class: 'neutral' as const, detail: `${field} ${part.name} ${quote(part.title)} added` }]);
    }
    return changes;
}

function spanChange(field: string, before: { start: DatedFact; end: DatedFact } | undefined, after: { start: DatedFact; end: DatedFact } | undefined): FieldChange[] {
    if (sameDate(before?.start, after?.start) && sameDate(before?.end, after?.end)) {
        return [];
    }
    const [was, is] = [before && `${before.start.date} to ${before.end.date}`, after && `${after.start.date} to ${after.end.date}`];
    if (!before || !after) {
        return [presence(field, was, is)];
    }
    const shifts = [
        shiftText('starts', before.start, after.start),
        shiftText('ends', before.end, after.end)
    ].filter(Boolean);
    return [{ field, old: was, new: is, class: 'neutral', detail: `${field} ${was} → ${is}${shifts.length > 0 ? ` (${shifts.join(', ')})` : ''}` }];
}

function shiftText(what: string, before: DatedFact, after: DatedFact): string {
    return before.day !== undefined && after.day !== undefined && before.day !== after.day ? `${what} ${later(after.day - before.day)}` : '';
}

function sameDate(a: DatedFact | undefined, b: DatedFact | undefined): boolean {
    if (!a || !b) {
        return a === b;
    }
    return a.day !== undefined && b.day !== undefined ? a.day === b.day : a.date === b.date;
}

function datedOf(value: MeasuredValue | undefined): DatedFact | undefined {
    return value?.date !== undefined ? { date: value.date, day: value.day } : undefined;
}

// ---------------------------------------------------------------------------------------
// Writing facts and amounts as a plan author reads them.
// ---------------------------------------------------------------------------------------

function valueText(value: { value: number; percent: boolean }): string {
    return `${value.value}${value.percent ? '%' : ''}`;
}

function measuredText(value: MeasuredValue, preposition: 'on' | 'by'): string {
    return value.date !== undefined ? `${valueText(value)} ${preposition} ${value.date}` : valueText(value);
}

function benchmarkText(benchmark: BenchmarkFacts): string {
    return `${valueText(benchmark)} by ${benchmark.date}`;
}

function budgetText(budget: BudgetFacts): string {
    return [String(budget.amount), budget.currency, budget.per && `per ${budget.per}`].filter(Boolean).join(' ');
}

/** A check-in entry as written in its block: `166 confidence high "note"`. */
function measurementText(entry: CheckinEntryFacts): string {
    return [valueText(entry), entry.confidence && `confidence ${entry.confidence}`, entry.note !== undefined && quote(entry.note)].filter(Boolean).join(' ');
}

/** The entry with its check-in's date: `2027-03-12 166 confidence high`. */
function checkinText(entry: CheckinEntryFacts): string {
    return `${entry.date} ${measurementText(entry)}`;
}

function cadenceText(cadence: CadenceValue | undefined): string | undefined {
    return cadence && formatCadence(cadence);
}

/** `raised 120 → 130 (+10, +8.3%)`; percentage-valued facts move in points. */
function valueMove(before: { value: number; percent: boolean }, after: { value: number; percent: boolean }): string {
    if (before.value === after.value) {
        return `${valueText(before)} → ${valueText(after)}`;
    }
    const verb = after.value > before.value ? 'raised' : 'lowered';
    const delta = after.value - before.value;
    const points = before.percent || after.percent ? Math.abs(delta) === 1 ? ' pt' : ' pts' : '';
    return `${verb} ${valueText(before)} → ${valueText(after)} (${signed(delta)}${points}${percentChange(before.value, after.value)})`;
}

function percentChange(before: number, after: number): string {
    return before === 0 ? '' : `, ${signed((after - before) / Math.abs(before) * 100, 1)}%`;
}

/** `+20`, `−12.5` (with a true minus sign), rounded to the given decimals. */
function signed(amount: number, decimals = 6): string {
    const rounded = Number(amount.toFixed(decimals));
    return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0';
}

function days(count: number): string {
    return plural(Math.abs(count), 'day');
}

function later(shift: number): string {
    return `${days(shift)} ${shift > 0 ? 'later' : 'earlier'}`;
}

function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function quote(text: string): string {
    return `"${text}"`;
}

const EMPTY_PLAN: PlanFacts = {
    imports: [], persons: [], avatars: [], swots: [], metrics: [], goals: [], strategies: [], tactics: [], journeys: [], checkins: [], reviews: [], skills: []
};

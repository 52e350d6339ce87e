/**
 * The plan model's data: every fact a plan states, as plain objects with references by
 * name and dates as day numbers. Built from the syntax tree by extract.ts; read by the
 * progress functions, the rules, the diff, the report and the editor. No Langium types.
 */
import type { CadenceValue } from '../common/values.js';

export interface DatedFact {
    /** As written: `2027-03`, `2027-Q1`, `2027-03-31`. */
    date: string;
    /** Day number (see dates.ts); undefined when the date does not exist. */
    day?: number;
}

export interface MeasuredValue {
    value: number;
    percent: boolean;
    date?: string;
    day?: number;
}

export interface ElementFacts {
    name: string;
    title: string;
    /** 0-based line of the declaration, for locating it. */
    line: number;
}

export interface HeaderFacts {
    title: string;
    owner?: string;
    period?: { start: DatedFact; end: DatedFact };
    cadence?: CadenceValue;
    currency?: string;
    description?: string;
    line: number;
}

export interface PersonFacts extends ElementFacts {
    roles: string[];
}

export interface NeedFacts {
    name: string;
    title: string;
}

export interface AvatarFacts extends ElementFacts {
    segment?: string;
    market?: string;
    needs: NeedFacts[];
    motivations: string[];
    criteria: string[];
    channels: string[];
}

export interface SwotFacts {
    strengths: string[];
    weaknesses: string[];
    opportunities: string[];
    threats: string[];
    line: number;
}

export interface MetricFacts extends ElementFacts {
    unit?: string;
}

export interface CheckinValue extends DatedFact {
    value: number;
    percent: boolean;
    confidence?: 'low' | 'medium' | 'high';
    note?: string;
}

export interface BenchmarkFacts extends DatedFact {
    value: number;
    percent: boolean;
}

export interface GoalFacts extends ElementFacts {
    avatars: string[];
    metric?: string;
    /** The unit of the goal's metric, when the metric resolves. */
    metricUnit?: string;
    baseline?: MeasuredValue;
    target?: MeasuredValue;
    owner?: string;
    aligns?: string;
    /** One per written benchmark, in written order (a value that did not parse: NaN, no day). */
    benchmarks: BenchmarkFacts[];
    /** The goal's own cadence, else its plan's; undefined when neither exists. */
    cadence?: CadenceValue;
    /** Whether the cadence is the goal's own. */
    ownCadence: boolean;
    /** Check-ins of this goal, from every loaded plan, sorted by day. */
    checkins: CheckinValue[];
}

export interface StrategyFacts extends ElementFacts {
    serves: string[];
    audience: string[];
    addresses: string[];
    message?: string;
    proposition?: string;
}

export interface BudgetFacts {
    amount: number;
    currency?: string;
    per?: 'week' | 'month' | 'quarter' | 'year';
}

export interface TacticFacts extends ElementFacts {
    executes?: string;
    channel?: string;
    owner?: string;
    budget?: BudgetFacts;
    span?: { start: DatedFact; end: DatedFact };
    moves?: string;
}

export interface ReactionFacts {
    tactic?: string;
    asset?: string;
}

export interface StepFacts extends ElementFacts {
    reactions: ReactionFacts[];
    stakeholders: string[];
    competitors: string[];
    worstCases: string[];
    alternatives: string[];
}

export interface JourneyFacts {
    name: string;
    avatar: string;
    steps: StepFacts[];
    line: number;
}

export interface CheckinFacts extends DatedFact {
    entries: Array<{ goal: string; value: number; percent: boolean; confidence?: 'low' | 'medium' | 'high'; note?: string }>;
    line: number;
}

export interface DecisionFacts {
    text: string;
    /** The goals the decision is `about`, by name. */
    about: string[];
}

export interface ReviewFacts extends DatedFact {
    title: string;
    attendees: string[];
    decisions: DecisionFacts[];
    line: number;
}

export interface SkillFacts extends ElementFacts {
    coach?: string;
    supports: string[];
}

export interface PlanFacts {
    header?: HeaderFacts;
    imports: string[];
    persons: PersonFacts[];
    avatars: AvatarFacts[];
    swots: SwotFacts[];
    metrics: MetricFacts[];
    goals: GoalFacts[];
    strategies: StrategyFacts[];
    tactics: TacticFacts[];
    journeys: JourneyFacts[];
    checkins: CheckinFacts[];
    reviews: ReviewFacts[];
    skills: SkillFacts[];
}

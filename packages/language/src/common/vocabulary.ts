/**
 * The words every surface shares: goal statuses (their order, symbol and words), the SMART
 * letters and their names, severities, and the element kinds with their words. The one
 * home of each: the code lens, hover, status bar, preview, reports, CLI formats and rule
 * messages read them from here, and types and zod schemas are derived from these tuples.
 * Browser-safe: plain data, no imports.
 */

// ---------------------------------------------------------------------------------------
// Goal statuses (language.md, "Status").
// ---------------------------------------------------------------------------------------

/** Every status a goal can have, in the order the plan summary lists them. */
export const GOAL_STATUSES = ['done', 'missed', 'not-started', 'on-track', 'at-risk', 'behind', 'unknown'] as const;
export type GoalStatus = typeof GOAL_STATUSES[number];

/** A status in words: a symbol (so a chip does not rely on colour alone) and a phrase. */
export interface StatusWords {
    symbol: string;
    /** Lower case, for prose: `on track`. */
    words: string;
}

export const STATUS_WORDS: Readonly<Record<GoalStatus, StatusWords>> = {
    'done': { symbol: '✔', words: 'done' },
    'missed': { symbol: '✖', words: 'missed' },
    'not-started': { symbol: '○', words: 'not started' },
    'on-track': { symbol: '●', words: 'on track' },
    'at-risk': { symbol: '▲', words: 'at risk' },
    'behind': { symbol: '▼', words: 'behind' },
    'unknown': { symbol: '?', words: 'status unknown' }
};

/**
 * Worst first: the order in which a status outranks another as the worst of a roll-up
 * (language.md, "Roll-up"); not-started and unknown are worst only when nothing else is there.
 */
export const ROLLUP_ORDER: readonly GoalStatus[] = ['missed', 'behind', 'at-risk', 'on-track', 'done', 'not-started', 'unknown'];

export function isGoalStatus(text: string): text is GoalStatus {
    return Object.hasOwn(STATUS_WORDS, text);
}

/** `● on track`: symbol and words, as the code lens and hover show a status. */
export function statusPhrase(status: GoalStatus): string {
    const { symbol, words } = STATUS_WORDS[status];
    return `${symbol} ${words}`;
}

/** `On track`: the words as a label starts them (chips, table cells). */
export function statusLabel(status: GoalStatus): string {
    return capitalize(STATUS_WORDS[status].words);
}

// ---------------------------------------------------------------------------------------
// The SMART letters.
// ---------------------------------------------------------------------------------------

export const SMART_LETTERS = ['S', 'M', 'A', 'R', 'T'] as const;
export type SmartLetter = typeof SMART_LETTERS[number];

/** What each letter stands for, as the method names it. */
export const LETTER_NAMES: Readonly<Record<SmartLetter, string>> = {
    S: 'Specific',
    M: 'Measurable',
    A: 'Aligned and accountable',
    R: 'Reasonable',
    T: 'Time-bound'
};

// ---------------------------------------------------------------------------------------
// Severities.
// ---------------------------------------------------------------------------------------

/** The severities of a diagnostic, most severe first. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = typeof SEVERITIES[number];

/** What configuration may set a rule to: a severity, or off. */
export const CONFIGURED_SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export type ConfiguredSeverity = typeof CONFIGURED_SEVERITIES[number];

export function isConfiguredSeverity(text: string): text is ConfiguredSeverity {
    return (CONFIGURED_SEVERITIES as readonly string[]).includes(text);
}

/** The LSP's DiagnosticSeverity numbers of our severities (LSP hints count as info). */
export const LSP_SEVERITY: Readonly<Record<Severity, 1 | 2 | 3>> = { error: 1, warning: 2, info: 3 };

/** Our severity of an LSP DiagnosticSeverity; none (as LSP says) is an error. */
export function severityOfLsp(severity: number | undefined): Severity {
    return severity === 2 ? 'warning' : severity === 3 || severity === 4 ? 'info' : 'error';
}

export type SeverityCounts = Record<Severity, number>;

/** Counts diagnostics by severity, given each one's severity. */
export function countSeverities<T>(items: Iterable<T>, severityOf: (item: T) => Severity): SeverityCounts {
    const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
    for (const item of items) {
        counts[severityOf(item)]++;
    }
    return counts;
}

/** `1 error, 2 warnings, 0 info`. */
export function formatSeverityCounts(counts: SeverityCounts): string {
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

// ---------------------------------------------------------------------------------------
// Element kinds.
// ---------------------------------------------------------------------------------------

/** The kinds of element a plan declares, in the order reports list them. */
export const ELEMENT_KINDS = ['plan', 'person', 'avatar', 'need', 'swot', 'metric', 'goal', 'strategy', 'tactic', 'journey', 'step', 'check-in', 'review', 'skill'] as const;
export type ElementKind = typeof ELEMENT_KINDS[number];

export interface KindWords {
    /** In prose: `goal 'growMembers'`. */
    one: string;
    /** A heading for one element: `Goal`. */
    heading: string;
    /** A heading for several: `Goals`. */
    headingMany: string;
}

export const KIND_WORDS: Readonly<Record<ElementKind, KindWords>> = {
    'plan': { one: 'plan', heading: 'Plan', headingMany: 'Plan' },
    'person': { one: 'person', heading: 'Person', headingMany: 'People' },
    'avatar': { one: 'avatar', heading: 'Avatar', headingMany: 'Avatars' },
    'need': { one: 'need', heading: 'Need', headingMany: 'Needs' },
    'swot': { one: 'swot', heading: 'SWOT', headingMany: 'SWOT' },
    'metric': { one: 'metric', heading: 'Metric', headingMany: 'Metrics' },
    'goal': { one: 'goal', heading: 'Goal', headingMany: 'Goals' },
    'strategy': { one: 'strategy', heading: 'Strategy', headingMany: 'Strategies' },
    'tactic': { one: 'tactic', heading: 'Tactic', headingMany: 'Tactics' },
    'journey': { one: 'journey', heading: 'Journey', headingMany: 'Journeys' },
    'step': { one: 'step', heading: 'Step', headingMany: 'Steps' },
    'check-in': { one: 'check-in', heading: 'Check-in', headingMany: 'Check-ins' },
    'review': { one: 'review', heading: 'Review', headingMany: 'Reviews' },
    'skill': { one: 'skill', heading: 'Skill', headingMany: 'Skills' }
};

/** The syntax-tree types that are elements, by their kind. */
const KIND_OF_TYPE: Readonly<Record<string, ElementKind>> = {
    PlanHeader: 'plan', Person: 'person', Avatar: 'avatar', Need: 'need', Swot: 'swot', Metric: 'metric',
    Goal: 'goal', Strategy: 'strategy', Tactic: 'tactic', Journey: 'journey', Step: 'step',
    Checkin: 'check-in', CheckinEntry: 'check-in', Review: 'review', Skill: 'skill'
};

/** The element kind of a syntax-tree type, or undefined for a type that is no element. */
export function kindOfType(type: string): ElementKind | undefined {
    return Object.hasOwn(KIND_OF_TYPE, type) ? KIND_OF_TYPE[type] : undefined;
}

/** The word for a syntax-tree type in prose: `goal`, `check-in`; any other type in lower case. */
export function kindWord(type: string): string {
    const kind = kindOfType(type);
    return kind ? KIND_WORDS[kind].one : type.toLowerCase();
}

// ---------------------------------------------------------------------------------------
// Check-in confidence.
// ---------------------------------------------------------------------------------------

/** How sure a check-in's value is (`confidence low|medium|high`). */
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type CheckinConfidence = typeof CONFIDENCES[number];

export function isCheckinConfidence(text: string): text is CheckinConfidence {
    return (CONFIDENCES as readonly string[]).includes(text);
}

// ---------------------------------------------------------------------------------------
// Small words.
// ---------------------------------------------------------------------------------------

/** `1 error`, `3 warnings`. */
export function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The diff's vocabulary: the element kinds it reports, what one change says (PlanChange)
 * and how it is classed, the summary counts, and the two shapes the comparisons share
 * inside the folder (a FieldChange before its element is attached, and the DiffContext).
 */
import type { ElementKind } from '../../common/vocabulary.js';
import type { PlanFacts } from '../plan-facts.js';

/** The element kinds a diff reports, in report order. */
export const DIFF_ELEMENT_KINDS = ['plan', 'person', 'avatar', 'swot', 'metric', 'goal', 'strategy', 'tactic', 'journey', 'review', 'skill'] as const satisfies readonly ElementKind[];
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

/** A fact change inside an element, before the element's kind and name are attached. */
export interface FieldChange extends Pick<PlanChange, 'old' | 'new' | 'class' | 'detail'> {
    field: string;
    /** A need or step name: the change is reported on `element.part`. */
    part?: string;
}

/** What a comparison may need beyond the two elements: each side's currency, the new plan. */
export interface DiffContext {
    oldCurrency?: string;
    newCurrency?: string;
    newPlan: PlanFacts;
}

export function diffContext(before: PlanFacts, after: PlanFacts): DiffContext {
    return { oldCurrency: before.header?.currency, newCurrency: after.header?.currency, newPlan: after };
}

/**
 * The shape every element kind's comparison takes (KindDiffer): how the kind's elements
 * are listed, keyed for matching, named and located, compared fact by fact, and classed
 * when added or removed. One per kind lives in the kind modules; kinds.ts lists them.
 */
import type { PlanFacts } from '../plan-facts.js';
import type { ChangeClass, DiffContext, DiffElementKind, FieldChange } from './types.js';

export interface KindDiffer<E> {
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

export const differ = <E>(spec: KindDiffer<E>): KindDiffer<unknown> => spec as KindDiffer<unknown>;

/** A kind with declared names: its elements are keyed and labelled by name, and may be renamed. */
export function named<E extends { name: string; line: number }>(kind: DiffElementKind, elements: (plan: PlanFacts) => E[]): Omit<KindDiffer<E>, 'compare'> {
    return { kind, elements, key: e => e.name, label: e => e.name, line: e => e.line, renamable: true };
}

/**
 * Matching one kind's elements across the two plans — by key (kind and name), never by
 * line, or through a detected rename — and turning each element into its group of
 * changes: added, removed, renamed, or every changed fact.
 */
import type { PlanFacts } from '../plan-facts.js';
import type { KindDiffer } from './differ.js';
import type { DiffContext, DiffElementKind, PlanChange } from './types.js';
import { quote } from './values.js';

/** The changes of one element (or of the goal a check-in measures), in report order. */
export interface ElementGroup {
    kind: DiffElementKind;
    name: string;
    /** Whether the element exists on both sides (so its check-ins are compared). */
    matched: boolean;
    changes: PlanChange[];
}

/** One kind's groups: the new plan's elements in line order, then the removed ones. */
export function elementGroups(kind: KindDiffer<unknown>, before: PlanFacts, after: PlanFacts, renames: Map<string, string>, context: DiffContext): ElementGroup[] {
    const oldElements = keyed(kind, before);
    const newElements = keyed(kind, after);
    const renamedTo = new Map([...oldElements].filter(([key]) => kind.renamable && renames.has(key)).map(([key, element]) => [renames.get(key)!, { key, element }]));
    const groups: ElementGroup[] = [];
    const change = (name: string, fields: Omit<PlanChange, 'kind' | 'name' | 'element'>): PlanChange => ({ kind: kind.kind, name, element: name, ...fields });

    for (const [key, element] of byLine(kind, newElements)) {
        const name = kind.label(element);
        const previous = oldElements.get(key) ?? renamedTo.get(key)?.element;
        if (previous === undefined) {
            const detail = lifecycleDetail('added', titleOf(kind, element));
            groups.push({ kind: kind.kind, name, matched: false, changes: [change(name, { change: 'added', class: kind.added?.(element) ?? 'neutral', detail })] });
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
    for (const [key, element] of byLine(kind, oldElements)) {
        if (newElements.has(key) || renamedFrom.has(key)) {
            continue;
        }
        const name = kind.label(element);
        const verdict = kind.removed?.(element, context) ?? { class: 'neutral' as const };
        const detail = lifecycleDetail('removed', titleOf(kind, element), verdict.note);
        groups.push({ kind: kind.kind, name, matched: false, changes: [change(name, { change: 'removed', class: verdict.class, detail })] });
    }
    return groups;
}

/** The kind's elements in the plan by key. */
export function keyed(kind: KindDiffer<unknown>, plan: PlanFacts): Map<string, unknown> {
    const elements = new Map<string, unknown>();
    kind.elements(plan).forEach((element, index) => {
        const key = kind.key(element, index);
        if (!elements.has(key)) { // a duplicate name is a lint error; the first one counts
            elements.set(key, element);
        }
    });
    return elements;
}

function byLine(kind: KindDiffer<unknown>, elements: Map<string, unknown>): Array<[string, unknown]> {
    return [...elements].sort(([, a], [, b]) => kind.line(a) - kind.line(b));
}

/** `added "Grow members"`, `removed "Grow members" while ...`: the verb, the title, a note. */
function lifecycleDetail(verb: 'added' | 'removed', title: string | undefined, note?: string): string {
    return [verb, title ? quote(title) : '', note ?? ''].filter(Boolean).join(' ');
}

/** The title worth repeating next to the element's name (not a plan's: its title is its name). */
function titleOf(kind: KindDiffer<unknown>, element: unknown): string | undefined {
    const title = (element as { title?: unknown }).title;
    return typeof title === 'string' && title !== '' && title !== kind.label(element) ? title : undefined;
}

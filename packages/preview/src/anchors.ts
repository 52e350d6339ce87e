/**
 * The ids of the page, which its links point at. In one plan's report (and in the pane) an
 * element's id is its kind and name (`goal-growMembers`, `strategy-trustedAdvisor`), any
 * character outside `[A-Za-z0-9_-]` spelled out, so no plan text can break out of an id.
 *
 * In the portfolio several plans share one page, so every id of a plan is scoped by the
 * plan's anchor: its goal cards are `<plan>--<goal>` (the stable anchors to link to, such
 * as `units/emea.smart--emeaArr`), every other id is `<plan>.<id>`, and the plan's own
 * section is `<plan>`. A plan's anchor is its file relative to the folder holding all the
 * portfolio's plans, `/`-separated, with every character outside `[A-Za-z0-9._~-]` of
 * each folder and file name percent-encoded (UTF-8, `%20` for a space), so it is a URL
 * fragment as it stands. The ids never collide: a plan file ends in `.smart`, and names
 * hold no `.`.
 */
import { minOf } from '@smart-plan/language/protocol';

/** The kinds of element the page gives a place (an anchor) to. */
export type AnchorKind = 'goal' | 'strategy' | 'tactic' | 'avatar' | 'need' | 'person' | 'skill' | 'metric' | 'journey';

/** A name as it may stand in an id: `growMembers` as it is; other characters become `_` and their code point (`a.b` → `a_2eb`). */
export function encodeName(name: string): string {
    return name.replace(/[^A-Za-z0-9_-]/g, char => `_${char.codePointAt(0)!.toString(16)}`);
}

/** `goal-growMembers`: the id of an element in one plan's report. */
export function anchorId(kind: AnchorKind, name: string): string {
    return `${kind}-${encodeName(name)}`;
}

/** `corporate.smart--corpArrGrowth`: the stable anchor of a goal's card in the portfolio. */
export function goalAnchor(plan: string, goal: string): string {
    return `${plan}--${encodeName(goal)}`;
}

/** The id of an element: as in one plan's report without a scope, scoped by the plan's anchor in the portfolio. */
export function elementId(scope: string | undefined, kind: AnchorKind, name: string): string {
    if (scope === undefined) {
        return anchorId(kind, name);
    }
    return kind === 'goal' ? goalAnchor(scope, name) : `${scope}.${anchorId(kind, name)}`;
}

/** Any other id of a plan's part of the page (a section's heading, a card's title), scoped likewise. */
export function pageId(scope: string | undefined, id: string): string {
    return scope === undefined ? id : `${scope}.${id}`;
}

const KEPT = /^[A-Za-z0-9._~-]$/;
const UTF8 = new TextEncoder();

function encodeSegment(segment: string): string {
    let encoded = '';
    for (const char of segment) {
        encoded += KEPT.test(char) ? char : Array.from(UTF8.encode(char), byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    }
    return encoded;
}

/**
 * Each plan's anchor, in the order given: its file (as the report names it) without the
 * folders all the files share, made anchor-safe; and that shared folder, as written.
 * `examples/corporate/corporate.smart` and `examples/corporate/units/emea.smart` give
 * `corporate.smart` and `units/emea.smart`, in `examples/corporate`.
 */
export function planAnchors(files: readonly string[]): { anchors: string[]; folder: string } {
    const parts = files.map(file => file.split(/[\\/]/));
    const folders = parts.length > 0 ? minOf(parts.map(segments => segments.length - 1)) : 0;
    let shared = 0;
    while (shared < folders && parts.every(segments => segments[shared] === parts[0][shared])) {
        shared++;
    }
    return {
        anchors: parts.map(segments => segments.slice(shared).map(encodeSegment).join('/')),
        folder: shared > 0 ? files[0].slice(0, parts[0].slice(0, shared).join('/').length) : ''
    };
}

/**
 * References as a reader sees them: the element's title, its kind and name on hover, and a
 * link to its place on the page when the page draws it (in the portfolio, also when another
 * plan of the page does). The ids are those of anchors.ts. Declarations carry their
 * 0-based line (`data-line`) for click-to-reveal and scroll sync; in the pane they are
 * focusable.
 */
import { KIND_WORDS, type ElementRef } from '@smart-plan/language/protocol';
import { anchorId, elementId, pageId, type AnchorKind } from './anchors.js';
import type { RenderContext } from './context.js';
import { html, lineAttribute, SafeHtml } from './escape.js';

export function anchorKey(kind: AnchorKind, name: string): string {
    return `${kind}:${name}`;
}

/** `person john`: how a reference names what it refers to, on hover. */
export function refHint(kind: AnchorKind, name: string): string {
    return `${KIND_WORDS[kind].one} ${name}`;
}

/** A reference: its title, linked to its place on the page when there is one. */
export function renderRef(context: RenderContext, kind: AnchorKind, ref: ElementRef, className = 'sp-ref'): SafeHtml {
    const hint = refHint(kind, ref.name);
    const key = anchorKey(kind, ref.name);
    const target = context.anchors.has(key) ? elementId(context.scope, kind, ref.name) : context.elsewhere.get(key);
    if (target !== undefined) {
        return html`<a class="${className}" href="${`#${target}`}" title="${hint}">${ref.title}</a>`;
    }
    return html`<span class="${className}" title="${hint}">${ref.title}</span>`;
}

/** References joined with commas (chips, drawn with a class of their own, with spaces). */
export function renderRefs(context: RenderContext, kind: AnchorKind, refs: readonly ElementRef[], className?: string): SafeHtml {
    return new SafeHtml(refs.map(ref => renderRef(context, kind, ref, className).value).join(className ? ' ' : ', '));
}

/**
 * The attributes of a declaration on the page: its anchor, its line, its accessible name
 * (the id of its heading) and, in the pane, a tab stop with the hint that Enter reveals it.
 */
export function declarationAttributes(context: RenderContext, line: number | undefined, options: { anchor?: [AnchorKind, string]; labelledBy?: string } = {}): SafeHtml {
    const lineText = lineAttribute(line).value;
    const parts = [options.anchor ? html` id="${elementId(context.scope, ...options.anchor)}"`.value : '', lineText];
    if (options.labelledBy) {
        parts.push(html` aria-labelledby="${options.labelledBy}"`.value);
    }
    if (context.interactive && lineText !== '') {
        parts.push(` tabindex="0" aria-describedby="${REVEAL_HINT_ID}"`);
    }
    return new SafeHtml(parts.join(''));
}

/** The id of the pane's hidden hint that Enter on a declaration shows it in the editor. */
export const REVEAL_HINT_ID = 'sp-reveal-hint';

/** The id of a declaration's heading, for `aria-labelledby`. */
export function headingId(context: RenderContext, kind: AnchorKind, name: string): string {
    return pageId(context.scope, `${anchorId(kind, name)}-title`);
}

/** The id of a section's heading (`sp-goals-title`), for `aria-labelledby`. */
export function sectionHeadingId(context: RenderContext, section: string): string {
    return pageId(context.scope, `sp-${section}-title`);
}

/** The id of a need's place in its avatar's card. */
export function needId(context: RenderContext, avatar: string, need: string): string {
    return elementId(context.scope, 'need', `${avatar}.${need}`);
}

/**
 * A Markdown document whose links point at its own headings: headings get the anchors
 * GitHub (and VS Code's Markdown preview) give them (github-slugger's rule: lower case,
 * punctuation and symbols dropped, spaces as hyphens, `-1`, `-2` for repeats), and a line
 * may be written before the heading it links to is known: it is a function of the anchors,
 * called when the document is put together. Link targets are only ever these slugs, so
 * plan text never becomes a link elsewhere. A document may hold parts (the plans of a
 * portfolio), each with its own elements and its headings a level deeper.
 */
import { escapeMarkdown as md } from '@smart-plan/language/protocol';

/** What a deferred line may ask: a title linked to its element's heading (plain text when it has none). */
export interface Anchors {
    link(kind: string, name: string, title: string): string;
    /** The same, for an element of another part of the document (a plan of the portfolio). */
    linkIn(scope: string, kind: string, name: string, title: string): string;
}

export type Line = string | ((anchors: Anchors) => string);

/** GitHub's anchor of a heading's text. */
export function headingSlug(text: string): string {
    return text.replace(/\r\n|\r|\n/g, ' ').toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** An element's key within a part of the document. */
function elementKey(scope: string, kind: string, name: string): string {
    return `${scope}\u0000${kind}:${name}`;
}

export class MarkdownDocument {
    private readonly lines: Line[] = [];
    private readonly occurrences = new Map<string, number>();
    private readonly slugs = new Map<string, string>();
    /** Elements a part links to in another part: key in the linking part → the part holding it. */
    private readonly aliases = new Map<string, string>();
    private scope = '';
    private depth = 0;

    /**
     * Writes a part of the document (a plan of the portfolio): its headings `depth` levels
     * deeper, its elements and links its own, so two plans may hold goals of the same name.
     */
    part(scope: string, depth: number, write: () => void): void {
        const outer = { scope: this.scope, depth: this.depth };
        this.scope = scope;
        this.depth = depth;
        try {
            write();
        } finally {
            ({ scope: this.scope, depth: this.depth } = outer);
        }
    }

    /** In part `scope`, a link to `kind:name` goes to that element of part `target` (the goal another plan's goal aligns to). */
    alias(scope: string, kind: string, name: string, target: string): void {
        this.aliases.set(elementKey(scope, kind, name), target);
    }

    /** A heading of the plan text `text`; `element` names what links to it point at. */
    heading(level: number, text: string, element?: [kind: string, name: string]): void {
        const original = headingSlug(text);
        let slug = original;
        while (this.occurrences.has(slug)) {
            const count = this.occurrences.get(original)! + 1;
            this.occurrences.set(original, count);
            slug = `${original}-${count}`;
        }
        this.occurrences.set(slug, 0);
        const key = element && elementKey(this.scope, ...element);
        if (key && !this.slugs.has(key)) {
            this.slugs.set(key, slug);
        }
        this.lines.push(`${'#'.repeat(Math.min(6, level + this.depth))} ${md(text)}`);
    }

    /** Adds a few lines (pushAll adds a list of any length). */
    push(...lines: Line[]): void {
        this.pushAll(lines);
    }

    /** Adds the lines one by one (a spread of a list of thousands would run out of stack). */
    pushAll(lines: Iterable<Line>): void {
        const scope = this.scope;
        for (const line of lines) {
            this.lines.push(typeof line === 'string' || scope === '' ? line : () => line(this.anchorsOf(scope)));
        }
    }

    /** The document, its links resolved; at most one blank line in a row, one newline at the end. */
    text(): string {
        const anchors = this.anchorsOf('');
        return this.lines.map(line => typeof line === 'string' ? line : line(anchors)).join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
    }

    private anchorsOf(scope: string): Anchors {
        return {
            link: (kind, name, title) => this.linkIn(scope, kind, name, title),
            linkIn: (part, kind, name, title) => this.linkIn(part, kind, name, title)
        };
    }

    private linkIn(part: string, kind: string, name: string, title: string): string {
        const key = elementKey(part, kind, name);
        const slug = this.slugs.get(key) ?? this.slugs.get(elementKey(this.aliases.get(key) ?? part, kind, name));
        return slug !== undefined && slug !== '' ? `[${md(title)}](#${slug})` : md(title);
    }
}

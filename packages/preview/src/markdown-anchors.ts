/**
 * A Markdown document whose links point at its own headings: headings get the anchors
 * GitHub (and VS Code's Markdown preview) give them (github-slugger's rule: lower case,
 * punctuation and symbols dropped, spaces as hyphens, `-1`, `-2` for repeats), and a line
 * may be written before the heading it links to is known: it is a function of the anchors,
 * called when the document is put together. Link targets are only ever these slugs, so
 * plan text never becomes a link elsewhere.
 */
import { escapeMarkdown as md } from '@smart-plan/language/protocol';

/** What a deferred line may ask: a title linked to its element's heading (plain text when it has none). */
export interface Anchors {
    link(kind: string, name: string, title: string): string;
}

export type Line = string | ((anchors: Anchors) => string);

/** GitHub's anchor of a heading's text. */
export function headingSlug(text: string): string {
    return text.replace(/\r\n|\r|\n/g, ' ').toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

export class MarkdownDocument {
    private readonly lines: Line[] = [];
    private readonly occurrences = new Map<string, number>();
    private readonly slugs = new Map<string, string>();

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
        const key = element && `${element[0]}:${element[1]}`;
        if (key && !this.slugs.has(key)) {
            this.slugs.set(key, slug);
        }
        this.lines.push(`${'#'.repeat(level)} ${md(text)}`);
    }

    push(...lines: Line[]): void {
        this.lines.push(...lines);
    }

    /** The document, its links resolved; at most one blank line in a row, one newline at the end. */
    text(): string {
        const anchors: Anchors = {
            link: (kind, name, title) => {
                const slug = this.slugs.get(`${kind}:${name}`);
                return slug !== undefined && slug !== '' ? `[${md(title)}](#${slug})` : md(title);
            }
        };
        return this.lines.map(line => typeof line === 'string' ? line : line(anchors)).join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
    }
}

/**
 * Escaping, the only way plan text reaches the output. `html` is a tagged template whose
 * interpolations are escaped unless they are already `SafeHtml` (markup this package
 * built), so text from a plan can never open a tag or leave a double-quoted attribute.
 * (The Markdown report escapes with the shared `escapeMarkdown` of the protocol.)
 *
 * Markup is a rope: a fragment under a megabyte is one string, a larger one keeps its
 * parts, so a report of 150,000 goals (more than the longest string V8 can hold) is
 * written chunk by chunk (`chunks()`) and never joined.
 */

/** A fragment at most this long is joined into one string when built. */
const JOIN_BELOW = 1 << 20;

type Part = string | SafeHtml;

/** Markup built by this package; the only thing `html` inserts unescaped. */
export class SafeHtml {
    private text: string | undefined;
    private readonly parts: readonly Part[] | undefined;
    /** Its length in UTF-16 code units. */
    readonly length: number;

    constructor(value: string | readonly Part[]) {
        if (typeof value === 'string') {
            this.text = value;
            this.length = value.length;
        } else {
            this.parts = value;
            this.length = value.reduce((sum, part) => sum + part.length, 0);
        }
    }

    /** The markup as one string (for fragments; a whole report may be longer than a string can be: use chunks()). */
    get value(): string {
        this.text ??= Array.from(this.chunks()).join('');
        return this.text;
    }

    /** The markup in order, as pieces of text, without joining them. */
    *chunks(): Generator<string> {
        if (this.text !== undefined) {
            yield this.text;
            return;
        }
        const stack: Array<{ parts: readonly Part[]; next: number }> = [{ parts: this.parts!, next: 0 }];
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top.next >= top.parts.length) {
                stack.pop();
                continue;
            }
            const part = top.parts[top.next++];
            if (typeof part === 'string') {
                yield part;
            } else if (part.text !== undefined) {
                yield part.text;
            } else {
                stack.push({ parts: part.parts!, next: 0 });
            }
        }
    }

    toString(): string {
        return this.value;
    }
}

/** What may be interpolated: text and numbers are escaped, nothing-values vanish. */
export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

/** Text made safe for an element's content and for a double-quoted attribute value. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, char => HTML_ESCAPES[char]);
}

/** Adds an interpolation's parts: markup as it is, lists item by item (never spread), text escaped. */
function collect(value: Interpolation, parts: Part[]): void {
    if (value instanceof SafeHtml) {
        parts.push(value);
    } else if (Array.isArray(value)) {
        for (const item of value as readonly Interpolation[]) {
            collect(item, parts);
        }
    } else if (value !== null && value !== undefined && value !== false && value !== true) {
        parts.push(escapeHtml(String(value)));
    }
}

/** `html\`<p title="${text}">${text}</p>\``: builds markup, escaping every interpolation. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
    const parts: Part[] = [strings[0]];
    values.forEach((value, index) => {
        collect(value, parts);
        parts.push(strings[index + 1]);
    });
    const markup = new SafeHtml(parts);
    return markup.length < JOIN_BELOW ? new SafeHtml(markup.value) : markup;
}

/** ` data-line="N"` for a declaration's 0-based line; nothing when the line is not a whole number. */
export function lineAttribute(line: number | undefined): SafeHtml {
    return new SafeHtml(typeof line === 'number' && Number.isInteger(line) && line >= 0 ? ` data-line="${line}"` : '');
}

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

    /** Whether it is one string (a rope keeps its parts). */
    get isText(): boolean {
        return this.text !== undefined;
    }

    toString(): string {
        return this.value;
    }
}

/** What may be interpolated: text and numbers are escaped, nothing-values vanish. */
export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };
const HTML_SPECIAL = /[&<>"']/;

/** Text made safe for an element's content and for a double-quoted attribute value. */
export function escapeHtml(text: string): string {
    // Most text (figures, dates, names) has nothing to escape: test before replacing.
    return HTML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, char => HTML_ESCAPES[char]) : text;
}

/**
 * Markup being built: text while it stays short (string `+` is the fastest way V8 joins),
 * a list of parts once it grows past JOIN_BELOW or takes in a rope, so nothing is spread
 * and no string grows past what V8 can hold.
 */
class MarkupBuilder {
    private text = '';
    private parts: Part[] | undefined;

    addText(piece: string): void {
        this.text += piece;
        if (this.text.length >= JOIN_BELOW) {
            this.flushText();
        }
    }

    add(value: Interpolation): void {
        // The common cases first: a report interpolates millions of values.
        if (typeof value === 'string') {
            this.addText(escapeHtml(value));
        } else if (value instanceof SafeHtml) {
            if (value.isText) {
                this.addText(value.value);
            } else {
                this.flushText();
                this.parts!.push(value);
            }
        } else if (typeof value === 'number') {
            this.addText(String(value)); // digits, `.`, `-`, `e`, `Infinity`, `NaN`: nothing to escape
        } else if (Array.isArray(value)) {
            for (const item of value as readonly Interpolation[]) {
                this.add(item);
            }
        } else if (value !== null && value !== undefined && value !== false && value !== true) {
            this.addText(escapeHtml(String(value)));
        }
    }

    build(): SafeHtml {
        if (this.parts === undefined) {
            return new SafeHtml(this.text);
        }
        this.flushText();
        return new SafeHtml(this.parts);
    }

    private flushText(): void {
        this.parts ??= [];
        if (this.text.length > 0) {
            this.parts.push(this.text);
            this.text = '';
        }
    }
}

/** `html\`<p title="${text}">${text}</p>\``: builds markup, escaping every interpolation. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
    const builder = new MarkupBuilder();
    builder.addText(strings[0]);
    for (let index = 0; index < values.length; index++) {
        builder.add(values[index]);
        builder.addText(strings[index + 1]);
    }
    return builder.build();
}

/**
 * The markup as one flat string. V8 keeps a string built with `+` as a tree of its pieces
 * until it is read, so a portfolio's hundreds of plan reports would keep millions of pieces
 * alive, each an object the garbage collector moves on every collection. Reading the
 * string once with a regular expression makes V8 flatten it: one copy per plan, and the
 * portfolio renders a sixth faster.
 */
export function flatten(markup: SafeHtml): SafeHtml {
    if (markup.isText) {
        READ.test(markup.value);
    }
    return markup;
}

const READ = /^/;

/** ` data-line="N"` for a declaration's 0-based line; nothing when the line is not a whole number. */
export function lineAttribute(line: number | undefined): SafeHtml {
    return new SafeHtml(typeof line === 'number' && Number.isInteger(line) && line >= 0 ? ` data-line="${line}"` : '');
}

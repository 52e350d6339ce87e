/**
 * Escaping, the only way plan text reaches the output. `html` is a tagged template whose
 * interpolations are escaped unless they are already `SafeHtml` (markup this package
 * built), so text from a plan can never open a tag or leave a double-quoted attribute.
 * (The Markdown report escapes with the shared `escapeMarkdown` of the protocol.)
 */

/** Markup built by this package; the only thing `html` inserts unescaped. */
export class SafeHtml {
    constructor(readonly value: string) { }

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

function interpolate(value: Interpolation): string {
    // The common cases first: a report interpolates millions of values.
    if (typeof value === 'string') {
        return escapeHtml(value);
    }
    if (value instanceof SafeHtml) {
        return value.value;
    }
    if (typeof value === 'number') {
        return String(value); // digits, `.`, `-`, `e`, `Infinity`, `NaN`: nothing to escape
    }
    if (Array.isArray(value)) {
        let out = '';
        for (const item of value) {
            out += interpolate(item);
        }
        return out;
    }
    if (value === null || value === undefined || value === false || value === true) {
        return '';
    }
    return escapeHtml(String(value));
}

/** `html\`<p title="${text}">${text}</p>\``: builds markup, escaping every interpolation. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
    let out = strings[0];
    for (let index = 0; index < values.length; index++) {
        out += interpolate(values[index]) + strings[index + 1];
    }
    return new SafeHtml(out);
}

/**
 * The markup as one flat string. V8 keeps a string built with `+` as a tree of its pieces
 * until it is read, so a portfolio's hundreds of plan reports would keep millions of pieces
 * alive, each an object the garbage collector moves on every collection. Reading the
 * string once with a regular expression makes V8 flatten it: one copy per plan, and the
 * portfolio renders a sixth faster.
 */
export function flatten(markup: SafeHtml): SafeHtml {
    READ.test(markup.value);
    return markup;
}

const READ = /^/;

/** ` data-line="N"` for a declaration's 0-based line; nothing when the line is not a whole number. */
export function lineAttribute(line: number | undefined): SafeHtml {
    return new SafeHtml(typeof line === 'number' && Number.isInteger(line) && line >= 0 ? ` data-line="${line}"` : '');
}

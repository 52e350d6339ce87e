/**
 * Plan text made inert in Markdown (CommonMark, GitHub's and VS Code's): the one escape
 * every Markdown surface uses (the Markdown report, hovers, the status bar's tooltip).
 * Browser-safe.
 */

/**
 * A backslash before every character that could start emphasis, code, a link or image
 * (`[`), an HTML tag or autolink (`<`), an entity, a heading's closing `#` or a table cell,
 * and line breaks folded into spaces so a cell or heading stays on one line. Callers never
 * start a line with plan text, so line-start markers need no escaping.
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_[\]<>#|~&]/g, char => `\\${char}`);
}

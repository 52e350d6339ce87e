/**
 * What "plan text is inert in Markdown" means, checked on a whole Markdown output (the
 * report, the pull-request comment): nothing GitHub would turn into a link, an image, a
 * mention, a cross-reference, emphasis from plan text or HTML, and no control character.
 * The outputs' own markup (headings, tables, `**labels**`, links to their own headings)
 * uses none of these shapes.
 */

/** The shapes found in the text that would render as something other than text. */
export function markdownInertProblems(markdown: string): string[] {
    return inertProblems(withoutOwnLinks(markdown));
}

/**
 * The text of the document's own links (`[text](#heading)`, to its own headings) in their
 * place, so their text is checked like any other and a link anywhere else is found.
 */
function withoutOwnLinks(markdown: string): string {
    return markdown.replace(/\[((?:\\.|[^\\[\]])*)\]\(#[^\s()\\]*\)/g, '$1');
}

function inertProblems(markdown: string): string[] {
    const checks: Array<[string, RegExp]> = [
        ['an unescaped [ or ] (a link or an image)', /(?<!\\)[[\]]/],
        ['an unescaped < (HTML or an autolink)', /(?<!\\)</],
        ['an @mention or an e-mail address', /@[\p{L}\p{N}_-]/u],
        ['a #123 or GH-123 reference', /#\d|\bGH-\d/i],
        ['a bare link', /:\/\/|\bwww\./i],
        ['a control character', /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/]
    ];
    return checks.filter(([, pattern]) => pattern.test(markdown)).map(([what]) => `${what}: …${excerpt(markdown, markdown.search(checks.find(([name]) => name === what)![1]))}…`);
}

function excerpt(text: string, at: number): string {
    return JSON.stringify(text.slice(Math.max(0, at - 30), at + 30));
}

/**
 * Plan text made inert in Markdown (CommonMark, GitHub's and VS Code's): the one escape
 * every Markdown surface uses (the Markdown report, `smart diff`'s pull-request comment,
 * hovers, the status bar's tooltip). Browser-safe.
 */
import { visibleControlCharacters } from './control-characters.js';

/** U+2060 WORD JOINER: invisible, and it splits what GitHub would otherwise turn into a mention, a reference or a link. */
const JOINER = '\u2060';

/**
 * A backslash before every character that could start emphasis, code, a link or image
 * (`[`), an HTML tag or autolink (`<`), an entity, a heading's closing `#` or a table cell,
 * and line breaks folded into spaces so a cell or heading stays on one line. Callers never
 * start a line with plan text, so line-start markers need no escaping.
 *
 * What GitHub links after rendering (a backslash does not stop it) is broken with an
 * invisible word joiner: `@user` and `@org/team` mentions (and e-mail addresses), `#123`
 * and `GH-123` references, and bare `https://…` and `www.…` links. Control characters are
 * shown, never passed (see control-characters.ts).
 */
export function escapeMarkdown(text: string): string {
    return visibleControlCharacters(text.replace(/\r\n|\r|\n/g, ' '))
        .replace(/[\\`*_[\]<>#|~&]/g, char => `\\${char}`)
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${JOINER}`)
        .replace(/#(?=\d)/g, `#${JOINER}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1-${JOINER}`)
        .replace(/:(?=\/\/)/g, `:${JOINER}`)
        .replace(/\b(www)\./gi, `$1${JOINER}.`);
}

/**
 * Control characters made visible, for every text a terminal shows (the CLI's human
 * formats, its one-line errors) and every Markdown output: plan titles, messages and file
 * names are data, and an escape sequence inside one must not reach the terminal (OSC 52
 * writes the clipboard, others set the window title or erase the line above, hiding a
 * "regression"). Browser-safe.
 */

/**
 * C0 controls (tab excepted) and DEL, C1 controls, the line and paragraph separators, and
 * the bidirectional marks, embeddings, overrides and isolates (which reorder what is shown).
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/g;

/**
 * The text with each control character written out as `\x1B` (or `\u202E` beyond U+00FF),
 * so it shows and does nothing; the characters of `keep` (say a line feed) stay as they are.
 */
export function visibleControlCharacters(text: string, keep = ''): string {
    return text.replace(CONTROL, char => {
        if (keep.includes(char)) {
            return char;
        }
        const code = char.charCodeAt(0);
        return code <= 0xFF ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    });
}

/** Whether the text holds a control character (as visibleControlCharacters counts them). */
export function hasControlCharacters(text: string): boolean {
    return new RegExp(CONTROL.source).test(text);
}

/** The text with each run of control characters replaced by one space (a title kept on one line). */
export function controlCharactersAsSpaces(text: string): string {
    return text.replace(new RegExp(`${CONTROL.source}+`, 'g'), ' ');
}

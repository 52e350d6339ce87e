/**
 * The lexer's tokens, with two terminals matched by hand instead of by their regular
 * expressions (the grammar keeps them, for the docs and the TextMate grammar):
 *
 * - STRING, `/"(\\.|[^"\\\r\n])*"/`: V8 backtracks through the alternation once per
 *   character and runs out of stack past about 4 MB, so one long (or unclosed) quoted text
 *   made `smart lint` fail with an internal error and the server stop building. The
 *   matcher is one linear scan with the same meaning.
 * - ML_COMMENT, `/\/\*[\s\S]*?\*\//`: each unclosed `/*` rescanned the rest of the text, so
 *   many of them took quadratic time. The matcher remembers, per text, from where on there
 *   is no `*\/` at all.
 */
import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST } from 'langium';

const QUOTE = 0x22;
const BACKSLASH = 0x5C;

/** Whether a character ends a line (what `.` in a regular expression does not match). */
function isLineTerminator(code: number): boolean {
    return code === 0x0A || code === 0x0D || code === 0x2028 || code === 0x2029;
}

/** A quoted text at `offset`, as STRING's regular expression matches it; null when there is none. */
export function matchString(text: string, offset: number): [string] | null {
    if (text.charCodeAt(offset) !== QUOTE) {
        return null;
    }
    for (let index = offset + 1; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === QUOTE) {
            return [text.substring(offset, index + 1)];
        }
        if (code === 0x0A || code === 0x0D) {
            return null;
        }
        if (code === BACKSLASH) {
            index++;
            if (index >= text.length || isLineTerminator(text.charCodeAt(index))) {
                return null;
            }
        }
    }
    return null;
}

/** Block comments of one text: where one starting at an offset ends, remembering where none can. */
export class BlockCommentMatcher {
    private text: string | undefined;
    /** In `text`, no `*\/` starts at or after this offset. */
    private unclosedFrom = Infinity;

    readonly exec = (text: string, offset: number): [string] | null => {
        if (text.charCodeAt(offset) !== 0x2F || text.charCodeAt(offset + 1) !== 0x2A) {
            return null;
        }
        if (text !== this.text) {
            this.text = text;
            this.unclosedFrom = Infinity;
        }
        if (offset + 2 >= this.unclosedFrom) {
            return null;
        }
        const end = text.indexOf('*/', offset + 2);
        if (end < 0) {
            this.unclosedFrom = offset + 2;
            return null;
        }
        return [text.substring(offset, end + 2)];
    };
}

export class SmartTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'STRING') {
            token.PATTERN = { exec: matchString };
            token.START_CHARS_HINT = ['"'];
            token.LINE_BREAKS = false;
        } else if (terminal.name === 'ML_COMMENT') {
            token.PATTERN = { exec: new BlockCommentMatcher().exec };
            token.START_CHARS_HINT = ['/'];
            token.LINE_BREAKS = true;
        }
        return token;
    }
}

/**
 * Syntax error messages in a plan author's words: what was expected ("a name", "a date
 * like 2027-03-31", the keyword 'by') and what was found ("the end of the file"), on one
 * line, instead of the parser's token-type names and lists of token sequences.
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider } from 'langium';

const TERMINAL_WORDS: Record<string, string> = {
    ID: 'a name',
    STRING: 'a "quoted text"',
    DATE: 'a date (2027-03-31, 2027-03 or 2027-Q1)',
    NUMBER: 'a number'
};

/** Keywords are the grammar's lower-case token types; terminals (ID, STRING, ...) are upper case. */
export function isKeywordType(type: TokenType | undefined): boolean {
    return type !== undefined && /^[a-z]+$/.test(type.name);
}

/** How the author would call what the parser expected. */
export function describeExpected(type: TokenType): string {
    return TERMINAL_WORDS[type.name] ?? `'${type.name.replace(/:KW$/, '')}'`;
}

/** How the author would call what was found. */
export function describeFound(token: IToken): string {
    if (token.tokenType?.name === 'EOF' || token.image === '') {
        return 'the end of the file';
    }
    const image = token.image.length > 30 ? `${token.image.slice(0, 30)}…` : token.image;
    return `\`${image.replace(/\r?\n/g, ' ')}\``;
}

/** "a, b or c", without repeats, at most `limit` items. */
function oneOf(items: string[], limit = 8): string {
    const unique = [...new Set(items)];
    const shown = unique.length > limit ? [...unique.slice(0, limit), 'more'] : unique;
    return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

export class SmartParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        const { expected, actual } = options;
        if (expected.name === 'ID' && isKeywordType(actual.tokenType)) {
            return `Expected a name here, but found '${actual.image}', a reserved word: keywords cannot be names.`;
        }
        return `Expected ${describeExpected(expected)} here, but found ${describeFound(actual)}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        const found = options.firstRedundant;
        if (found.image === 'import') {
            return 'An import must come before the declarations (right after the plan header).';
        }
        if (found.image === 'plan') {
            return 'A file has at most one plan header, and it comes first.';
        }
        return `Unexpected ${describeFound(found)}: a declaration (goal, strategy, tactic, ...) or the end of the file was expected.`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const first = options.expectedPathsPerAlt.flat().map(path => path[0]).filter(Boolean).map(describeExpected);
        return `Expected ${oneOf(first)} here, but found ${describeFound(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const first = options.expectedIterationPaths.map(path => path[0]).filter(Boolean).map(describeExpected);
        return `Expected ${oneOf(first)} here, but found ${describeFound(options.actual[0])}.`;
    }
}

export class SmartLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const character = fullText.charAt(startOffset);
        if (character === '"') {
            return 'This text is not closed: a "quoted text" must end with " on the same line.';
        }
        const shown = character === '\u0000' ? 'NUL' : /\s/.test(character) ? `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : character;
        return `Unexpected character \`${shown}\`${length > 1 ? ` (and ${length - 1} more)` : ''}: it is not part of the .smart syntax.`;
    }
}

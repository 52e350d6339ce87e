/**
 * The lexer, with one repair: a keyword written as the name of a declaration
 * (`goal review "Review the leads" {`) is read as the name it was meant to be, and reported
 * once as a reserved word. Without it the parser stops at the keyword and its recovery
 * reads the rest of the block as other constructs, so one word gave a cascade of
 * unrelated syntax errors. The repair applies only where the grammar allows nothing but a
 * name: right after a declaration keyword and right before the declaration's title (or,
 * for a journey, its `for`), so a declaration keyword followed by the next declaration
 * (a half-typed line) is left to the parser as before.
 */
import type { TokenType } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import { isKeywordType } from './smart-error-messages.js';

/** Declaration keywords whose next token is the declaration's name. */
const NAMED_BY_NEXT_TOKEN = new Set(['goal', 'person', 'avatar', 'need', 'metric', 'strategy', 'tactic', 'journey', 'step', 'skill']);

export class SmartLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const name = this.definition.ID as TokenType;
        const { tokens } = result;
        for (let index = 1; index < tokens.length - 1; index++) {
            const [before, token, after] = [tokens[index - 1], tokens[index], tokens[index + 1]];
            if (!NAMED_BY_NEXT_TOKEN.has(before.tokenType.name) || !isKeywordType(token.tokenType)) {
                continue;
            }
            const declaration = before.tokenType.name;
            const titled = declaration === 'journey' ? after.tokenType.name === 'for' : after.tokenType.name === 'STRING';
            if (!titled) {
                continue;
            }
            token.tokenType = name;
            token.tokenTypeIdx = name.tokenTypeIdx!;
            result.errors.push({
                offset: token.startOffset,
                length: token.image.length,
                line: token.startLine,
                column: token.startColumn,
                message: `'${token.image}' is a reserved word, so it cannot name a ${declaration}: choose another name (e.g. '${token.image}${declaration[0].toUpperCase()}${declaration.slice(1)}').`
            });
        }
        return result;
    }
}

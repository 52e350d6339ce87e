// The hand-written readers agree with what they replace, on random input (FUZZ_RUNS cases
// each, seed FUZZ_SEED): the lexer's matchers for quoted texts and block comments match
// exactly what the grammar's regular expressions match (smart-token-builder.ts); the JSON
// error locator finds an error exactly when JSON.parse fails, inside the text
// (json-file.ts); and the escapes leave no control character in terminal text and nothing
// but inert text in Markdown (control-characters.ts, common/markdown.ts).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, jsonErrorAt, visibleControlCharacters } from '@smart-plan/language';
import { BlockCommentMatcher, matchString } from '../../packages/language/src/parser/smart-token-builder.js';
import { FUZZ_RUNS, FUZZ_SEED, timeLimit } from './fuzz-settings.js';
import { markdownInertProblems } from './markdown-inert.js';

const STRING = /"(\\.|[^"\\\r\n])*"/y;
const ML_COMMENT = /\/\*[\s\S]*?\*\//y;

function regexMatch(pattern: RegExp, text: string, offset: number): string | null {
    pattern.lastIndex = offset;
    return pattern.exec(text)?.[0] ?? null;
}

/** Short texts from the characters that matter to a matcher, at a random offset. */
function textsOf(alphabet: string[]): fc.Arbitrary<{ text: string; offset: number }> {
    return fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).chain(chars => fc.record({
        text: fc.constant(chars.join('')),
        offset: fc.nat(chars.join('').length)
    }));
}

const runs = { numRuns: FUZZ_RUNS * 20, seed: FUZZ_SEED };

describe(`hand-written readers against what they replace (${FUZZ_RUNS * 20} inputs each, seed ${FUZZ_SEED})`, () => {
    test('quoted texts: the matcher and STRING\'s regular expression agree', () => {
        fc.assert(fc.property(textsOf(['"', '\\', 'a', ' ', '\n', '\r', '\u2028', '\u2029', '\0', 'é', '\uD83D', '\uDE00']), ({ text, offset }) => {
            expect(matchString(text, offset)?.[0] ?? null).toBe(regexMatch(STRING, text, offset));
        }), runs);
    }, timeLimit(FUZZ_RUNS, 1));

    test('block comments: the matcher and ML_COMMENT\'s regular expression agree, for one text matched at many offsets', () => {
        fc.assert(fc.property(textsOf(['/', '*', 'a', '\n', ' ']), fc.array(fc.nat(30), { maxLength: 8 }), ({ text }, offsets) => {
            const matcher = new BlockCommentMatcher();
            for (const offset of [...offsets.map(o => o % (text.length + 1)), 0]) {
                expect(matcher.exec(text, offset)?.[0] ?? null).toBe(regexMatch(ML_COMMENT, text, offset));
            }
        }), runs);
    }, timeLimit(FUZZ_RUNS, 1));

    test('JSON: an error is found exactly when JSON.parse fails, at a place inside the text', () => {
        const pieces = ['{', '}', '[', ']', ':', ',', '"', '\\', 'u', '0', '1', '9', '-', '+', '.', 'e', 'E', 'true', 'false', 'null', 'tru', ' ', '\n', '\t', 'a', '"k"', '"\\u00e9"', '\u0001', '\uFEFF'];
        fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), parts => {
            const text = parts.join('');
            let valid = true;
            try {
                JSON.parse(text);
            } catch {
                valid = false;
            }
            const found = jsonErrorAt(text);
            expect(found === undefined, text).toBe(valid);
            if (found) {
                expect(found.offset).toBeGreaterThanOrEqual(0);
                expect(found.offset).toBeLessThanOrEqual(text.length);
            }
        }), runs);
    }, timeLimit(FUZZ_RUNS, 1));

    test('terminal text keeps no control character; Markdown keeps plan text inert', () => {
        const anything = fc.string({ unit: fc.oneof(fc.constantFrom('\u001b', '\u009b', '\u0007', '\r', '\n', '@', '#', '[', ']', '(', ')', '!', '<', ':', '/', 'w', '.', 'G', 'H', '-', '1', '\\', '*', '_', '`', '\u202e'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });
        fc.assert(fc.property(anything, text => {
            expect(visibleControlCharacters(text)).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028-\u202E\u2066-\u2069]/);
            expect(markdownInertProblems(escapeMarkdown(text)), JSON.stringify(text)).toEqual([]);
        }), runs);
    }, timeLimit(FUZZ_RUNS, 1));
});

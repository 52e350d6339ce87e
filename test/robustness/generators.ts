/**
 * What the fuzzers generate (fast-check arbitraries): random edits of a plan as a person
 * makes them mid-thought (insert, delete, duplicate, swap characters or lines, paste a
 * token or a hostile character), random token sequences from the language's own
 * vocabulary, and layout-only edits (whitespace and comments between tokens, declarations
 * swapped) that keep a plan's meaning.
 */
import fc from 'fast-check';
import { AstUtils, CstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { isPlanFile } from '@smart-plan/language';
import { services } from '../helpers.js';

/** Every keyword of the grammar, so a keyword added later is fuzzed too. */
export const KEYWORDS: string[] = [...new Set(AstUtils.streamAllContents(services.Grammar)
    .filter(GrammarAST.isKeyword)
    .map(keyword => keyword.value)
    .toArray())].sort();

/** Characters and fragments that have broken parsers and editors before. */
export const HOSTILE_FRAGMENTS = [
    '\0', '\uFEFF', '\r', '\r\n', '\n', '\t', '\u2028', '\u00A0', '\uFFFD', '\uD800', '😀',
    '"', '\\', '\\"', '{', '}', '{{{{', '}}}}', '/*', '*/', '//', '// smart-disable goal-without-owner\n',
    '// smart-disable-next-line nonsense, goal-without-owner\n', '%', '-', '.', ',',
    '2027-02-30', '2027-13', '2027-Q9', '0000-00-00', '9'.repeat(400), '-0', '0.0000001',
    '<script>alert(1)</script>', '"<img src=x onerror=alert(1)>"', 'import "./fuzz.smart"', 'import "../../etc/passwd"',
    '__proto__', 'constructor', 'toString',
    // Terminal escapes and what GitHub links in a comment (control characters and inert Markdown).
    '\u001b]52;c;b3duZWQ=\u0007', '\u001b[1A\u001b[2K', '\u009b31m', '\u202e', '@octocat', '#123', 'GH-9', '![x](https://e.example/p.png)', 'www.e.example',
    // Unclosed texts and comments (the lexer's hand-written matchers).
    '"never closed', '/* never closed', '"\\'
];

const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,10}$/);
const stringLiteral = fc.string({ maxLength: 12 }).map(text => `"${text.replace(/["\\\r\n]/g, '')}"`);
const number = fc.oneof(fc.integer({ min: -1000, max: 100_000 }).map(String), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(n => n.toFixed(2)), fc.nat(200).map(n => `${n}%`));
const date = fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }))
    .chain(([year, month, day]) => fc.constantFrom(
        `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        `${year}-${String(month).padStart(2, '0')}`,
        `${year}-Q${month % 6}`
    ));

/** One token (or a hostile fragment) of the kind a plan is made of. */
export const token: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...KEYWORDS) },
    { weight: 3, arbitrary: identifier },
    { weight: 2, arbitrary: stringLiteral },
    { weight: 2, arbitrary: number },
    { weight: 2, arbitrary: date },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }
);

const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\r\n', '\t', '', '\n    ');

/** A random sequence of tokens: mostly nonsense, now and then a fragment of a plan. */
export const tokenSequence: fc.Arbitrary<string> = fc.array(fc.tuple(token, separator), { maxLength: 250 })
    .map(pairs => pairs.map(([text, gap]) => text + gap).join(''));

export type Edit =
    | { kind: 'insert'; at: number; text: string }
    | { kind: 'delete'; at: number; length: number }
    | { kind: 'duplicate'; at: number; length: number }
    | { kind: 'swapCharacters'; at: number }
    | { kind: 'swapLines'; a: number; b: number }
    | { kind: 'lineEndings'; to: '\r\n' | '\r' | '\n' };

/** One edit; positions are taken modulo the text's length when applied. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: token }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapCharacters' as const), at: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('lineEndings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, '\n' as const) }) }
);

export function applyEdit(text: string, change: Edit): string {
    const at = (position: number) => position % (text.length + 1);
    switch (change.kind) {
        case 'insert':
            return text.slice(0, at(change.at)) + change.text + text.slice(at(change.at));
        case 'delete':
            return text.slice(0, at(change.at)) + text.slice(at(change.at) + change.length);
        case 'duplicate': {
            const start = at(change.at);
            return text.slice(0, start) + text.slice(start, start + change.length) + text.slice(start);
        }
        case 'swapCharacters': {
            const i = at(change.at);
            return i + 1 >= text.length ? text : text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
        }
        case 'swapLines': {
            const lines = text.split('\n');
            const [a, b] = [change.a % lines.length, change.b % lines.length];
            [lines[a], lines[b]] = [lines[b], lines[a]];
            return lines.join('\n');
        }
        case 'lineEndings':
            return text.replace(/\r\n|\r|\n/g, change.to);
    }
}

export function applyEdits(text: string, edits: Edit[]): string {
    return edits.reduce(applyEdit, text);
}

/** Where a plan's tokens end, and the text span of each top-level declaration: the places layout edits touch. */
export interface PlanLayout {
    tokenEnds: number[];
    declarations: Array<{ start: number; end: number }>;
}

export function layoutOf(document: LangiumDocument): PlanLayout {
    const root = document.parseResult.value;
    const tokenEnds = root.$cstNode ? CstUtils.flattenCst(root.$cstNode).filter(leaf => !leaf.hidden).map(leaf => leaf.end).toArray() : [];
    const declarations = isPlanFile(root) ? root.declarations.flatMap(d => d.$cstNode ? [{ start: d.$cstNode.offset, end: d.$cstNode.end }] : []) : [];
    return { tokenEnds, declarations };
}

/** Whitespace, blank lines, line endings and comments that may go between two tokens. */
const LAYOUT_FRAGMENTS = [' ', '  ', '\t', '\n', '\n\n\n', '\r\n', '\n    ', ' /* a note */ ', ' // a note\n', '\n// a comment line\n', '/* a\nblock */'];

/** Spacing inserted after some tokens, or (instead) two whole declarations swapped. */
export type LayoutEdit =
    | { kind: 'spaces'; inserts: Array<{ at: number; text: string }> }
    | { kind: 'swapDeclarations'; a: number; b: number };

export const layoutEdit: fc.Arbitrary<LayoutEdit> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('spaces' as const), inserts: fc.array(fc.record({ at: fc.nat(), text: fc.constantFrom(...LAYOUT_FRAGMENTS) }), { minLength: 1, maxLength: 12 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapDeclarations' as const), a: fc.nat(), b: fc.nat() }) }
);

/** Applies a layout edit to a plan whose layout was read from its parse (positions refer to the original text). */
export function applyLayoutEdit(text: string, layout: PlanLayout, change: LayoutEdit): string {
    if (change.kind === 'swapDeclarations') {
        const count = layout.declarations.length;
        const [first, second] = [change.a % Math.max(count, 1), change.b % Math.max(count, 1)].sort((x, y) => x - y);
        if (first === second) {
            return text;
        }
        const [a, b] = [layout.declarations[first], layout.declarations[second]];
        return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    }
    if (layout.tokenEnds.length === 0) {
        return text;
    }
    // From the end backwards, so each position still refers to the original text.
    const inserts = change.inserts.map(i => ({ at: layout.tokenEnds[i.at % layout.tokenEnds.length], text: i.text })).sort((x, y) => y.at - x.at);
    return inserts.reduce((result, insert) => result.slice(0, insert.at) + insert.text + result.slice(insert.at), text);
}

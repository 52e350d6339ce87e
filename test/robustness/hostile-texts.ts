/**
 * Hostile plan texts, shared by the in-process, CLI and language-server tests: an empty
 * file, a byte-order mark, CRLF / CR / mixed line endings, NUL characters, what invalid
 * UTF-8 decodes to, 1 MB lines, a line of 5,000 keywords, 20,000 nested braces, a
 * 100,000-line plan, a 5 MB quoted text (closed and not), 200,000 comment lines in a row,
 * 20,000 unclosed block comments, 25,000 empty goals (150,000 findings), and imports
 * of the file itself, of a missing file, of a non-.smart file and of paths outside the
 * workspace. Large texts are built once, on first use.
 */
import { EXAMPLE_PLANS } from './examples.js';

export const FAULTY = EXAMPLE_PLANS.find(e => e.name === 'faulty/faulty.smart')!.text;
export const COACHING = EXAMPLE_PLANS.find(e => e.name === 'coaching/acme-coaching.smart')!.text;

export const withLineEndings = (text: string, eol: string): string => text.replace(/\r\n|\r|\n/g, eol);

/** Every line ending of the text replaced, in turn, by CRLF, LF and CR. */
export function mixedLineEndings(text: string): string {
    let index = 0;
    return text.replace(/\r\n|\r|\n/g, () => ['\r\n', '\n', '\r'][index++ % 3]);
}

export const ONE_MEGABYTE = 1_000_000;

/**
 * A realistic plan of about `lines` lines: a header, an avatar, and then for each n a
 * person, a metric, a goal with benchmarks, a strategy, a tactic and a check-in.
 */
export function bigPlan(lines: number): string {
    const out = ['plan "Big" {', '    owner p0', '    period 2027-01-01 to 2027-12-31', '    review every 2 weeks', '    currency USD', '}',
        'avatar buyer "Buyer" {', '    need n "Need"', '}'];
    for (let i = 0; out.length + 24 <= lines; i++) {
        out.push(`person p${i} "Person ${i}"`, `metric m${i} "Metric ${i}" unit count`,
            `goal g${i} "Goal ${i}" {`, '    for buyer', `    metric m${i}`, '    baseline 100 on 2027-01-01', '    benchmark 150 by 2027-06-30',
            '    target 200 by 2027-12-31', `    owner p${i}`, '}',
            `strategy s${i} "Strategy ${i}" {`, `    serves g${i}`, '    audience buyer', '    addresses buyer.n', '    message "Say it"', '}',
            `tactic t${i} "Tactic ${i}" {`, `    executes s${i}`, '    channel email', `    owner p${i}`, '    budget 100 per month', '}',
            `checkin 2027-02-01 { g${i} 120 "note" }`, '');
    }
    while (out.length < lines) {
        out.push('// filler');
    }
    return out.join('\n') + '\n';
}

const cache = new Map<string, string>();
const once = (name: string, make: () => string) => () => cache.get(name) ?? cache.set(name, make()).get(name)!;

/** Named hostile texts for one plan file called `plan.smart` (imports resolve next to it). */
export const HOSTILE_TEXTS: Record<string, () => string> = {
    'empty file': () => '',
    'only whitespace and comments': () => '\n\n   \t\n// nothing here\n/* nor here */\n',
    'byte-order mark': () => '\uFEFF' + FAULTY,
    'only a byte-order mark': () => '\uFEFF',
    'CRLF line endings': () => withLineEndings(FAULTY, '\r\n'),
    'CR line endings': () => withLineEndings(FAULTY, '\r'),
    'mixed line endings': () => mixedLineEndings(FAULTY),
    'NUL bytes': () => FAULTY.replace('goal ', 'goal\0 ').replace('"', '"\0'),
    'replacement characters (invalid UTF-8 decoded)': () => 'person p "\uFFFD\uFFFD"\n\uFFFDgoal g "G" {}\n',
    'lone surrogates': () => 'person p "\uD800"\n\uDC00 goal g "\uD83D" {}\n',
    'a 1 MB title': once('title', () => `person p "${'x'.repeat(ONE_MEGABYTE)}"\n`),
    'a 1 MB line of words': once('words', () => 'word '.repeat(ONE_MEGABYTE / 5) + '\n'),
    'a line of 5,000 keywords': once('keywords', () => 'goal '.repeat(5_000) + '\n'),
    'a 1 MB comment': once('comment', () => `// ${'c'.repeat(ONE_MEGABYTE)}\nperson p "P"\n`),
    '20,000 nested braces': once('braces', () => '{'.repeat(20_000) + '}'.repeat(20_000)),
    '20,000 nested braces in a goal': once('goalBraces', () => `goal g "G" ${'{'.repeat(20_000)}${'}'.repeat(20_000)}`),
    '100,000 lines': once('lines', () => bigPlan(100_000)),
    'a 5 MB quoted text': once('longText', () => `person p "${'x'.repeat(5 * ONE_MEGABYTE)}"\n`),
    'an unclosed 5 MB quoted text': once('unclosedText', () => `person p "${'x '.repeat(5 * ONE_MEGABYTE / 2)}\nperson q "Q"\n`),
    // Between two declarations: the comments go into the tree before the second one.
    '200,000 comment lines in a row': once('commentLines', () => `person p "P"\n${'// c\n'.repeat(200_000)}person q "Q"\n`),
    '20,000 unclosed block comments': once('openComments', () => `person p "P"\n${'/* '.repeat(20_000)}\n`),
    '25,000 empty goals': once('emptyGoals', () => Array.from({ length: 25_000 }, (_, i) => `goal g${i} "G" { }\n`).join('')),
    'an import of itself': () => 'import "./plan.smart"\nperson p "P"\n',
    'an import of a missing file': () => 'import "./missing.smart"\nperson p "P"\n',
    'an import of a non-.smart file': () => 'import "./notes.txt"\nimport "../../../../etc/passwd"\nperson p "P"\n',
    'an import outside the workspace': () => 'import "../../../../../../etc/hostname.smart"\nimport "/etc/shadow.smart"\nperson p "P"\n',
    'an import without a path': () => 'import\nperson p "P"\n',
    '__proto__ and constructor as names': () => 'person __proto__ "P"\nperson constructor "C"\nmetric toString "M"\ngoal hasOwnProperty "G" { owner __proto__ metric toString }\n'
};

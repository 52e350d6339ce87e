/**
 * The rule documentation page (packages/cli/docs/rules.md), rendered from the rule
 * modules' metadata so the page and the rules cannot drift apart. Pure: the catalogue in, Markdown
 * out; scripts/generate-rule-docs.mjs writes it and a test checks the committed page.
 * Each rule gets a heading that is its id, so `rules.md#<rule-id>` links to it (the SARIF
 * output's helpUri does).
 */
import { LETTER_NAMES, maxOf, type RuleMetadata } from '@smart-plan/language';

/** The SMART letter of a rule in words, e.g. `M (Measurable)`, or `—` for none. */
export function letterLabel(rule: Pick<RuleMetadata, 'letter'>): string {
    return rule.letter ? `${rule.letter} (${LETTER_NAMES[rule.letter]})` : '—';
}

/** The day the examples are evaluated on: the time-dependent rules need one. */
export const EXAMPLE_TODAY = '2027-03-15';

export function renderRuleDocs(rules: readonly RuleMetadata[]): string {
    const lines = [
        '# smart lint rules',
        '',
        '<!-- Generated from the rule modules (packages/language/src/rules/) by',
        '     `node scripts/generate-rule-docs.mjs` (after `npx tsc -b`). Do not edit by hand. -->',
        '',
        `Every diagnostic of \`smart lint\` (and of the editor) carries one of these ${rules.length} rule ids.`,
        'The SMART letter says which part of the SMART method a rule checks: a goal keeps a letter',
        'while no rule of that letter reports on it.',
        '',
        'Change a rule\'s severity (`off`, `info`, `warning`, `error`) in `.smartrc.json`',
        '(`{ "rules": { "goal-without-owner": "off" } }`) or for one run with',
        '`smart lint --rule goal-without-owner=off`. Silence it in a plan with',
        '`// smart-disable-next-line RULE-ID` (the next line) or `// smart-disable RULE-ID`',
        '(the rest of the file).',
        '',
        `Each example is a complete plan that triggers the rule as of ${EXAMPLE_TODAY}`,
        `(\`smart lint --today ${EXAMPLE_TODAY}\`); it may trigger other rules too.`,
        '',
        '| rule | SMART | default | reports when |',
        '|---|---|---|---|',
        ...rules.map(rule => `| [\`${rule.id}\`](#${rule.id}) | ${rule.letter ?? '—'} | ${rule.severity} | ${tableCell(rule.summary)} |`)
    ];
    for (const rule of rules) {
        lines.push(
            '',
            `## ${rule.id}`,
            '',
            `SMART letter: ${letterLabel(rule)}. Default severity: ${rule.severity}.`,
            '',
            `**Reports when:** ${rule.summary}`,
            '',
            `**How to fix:** ${rule.fix}`,
            '',
            '**Example:**',
            '',
            smartCodeBlock(rule.example)
        );
    }
    return lines.join('\n') + '\n';
}

function tableCell(text: string): string {
    return text.replace(/\|/g, '\\|');
}

/** A Markdown code block of .smart text, fenced by more backticks than the text holds in a row. */
export function smartCodeBlock(code: string): string {
    const longest = maxOf((code.match(/`+/g) ?? []).map(run => run.length), 0);
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}smart\n${code}\n${fence}`;
}

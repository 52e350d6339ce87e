/** `unknown-suppression`: a suppression comment names a rule that does not exist, so it silences nothing. */
import { createRule } from './support/rule.js';

const meta = {
    id: 'unknown-suppression', severity: 'warning',
    summary: 'A smart-disable comment names a rule that does not exist.',
    fix: 'Use a rule id exactly as diagnostics show it; the message names the closest one.',
    example: `// smart-disable-next-line goal-without-ownr
goal growMembers "Grow paid membership" { }`
} as const;

export default createRule({
    meta,
    checkDocument: ({ suppressions }) => suppressions.unknown.map(({ name, range, closest }) => ({
        range: { start: { line: range.line, character: range.character }, end: { line: range.line, character: range.character + range.length } },
        message: `Unknown rule '${name}' in a suppression comment: it silences nothing. ${closest ? `Did you mean '${closest}'?` : 'Use a rule id exactly as diagnostics show it (the rule page lists them all).'}`
    })),
    suppressible: false
});

/**
 * `invalid-date`: a date that does not exist, and a period or tactic span that ends before
 * it starts. A month or quarter in a start position means its first day (language.md).
 */
import type { AstNode, Properties } from 'langium';
import { parseDate, type DatePosition } from '../common/dates.js';
import { formatDate } from '../common/format.js';
import { createRule, type Report } from './support/rule.js';

/** Reports the written date of a property when it is not a real date; its day otherwise. */
function checkDate<N extends AstNode>(node: N, property: Properties<N>, position: DatePosition, report: Report): number | undefined {
    const text = (node as unknown as Record<string, string | undefined>)[property];
    if (text === undefined) {
        return undefined;
    }
    const parsed = parseDate(text, position);
    if (!parsed.ok) {
        report(`'${text}' is not a real date: ${parsed.problem}.`, { node, property });
        return undefined;
    }
    return parsed.day;
}

export default createRule({
    meta: {
        id: 'invalid-date', severity: 'error',
        summary: 'A date that does not exist, or a period or tactic span that ends before it starts.',
        fix: 'Write a real date (YYYY-MM-DD, YYYY-MM or YYYY-Qn) and let spans end after they start.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-02-30
}`
    },
    create: () => ({
        Span: (span, report) => {
            const start = checkDate(span, 'start', 'start', report);
            const end = checkDate(span, 'end', 'end', report);
            if (start !== undefined && end !== undefined && end < start) {
                const what = span.$containerProperty === 'period' ? 'The plan period' : 'The tactic span';
                report(`${what} ends (${formatDate(span.end)}) before it starts (${formatDate(span.start)}): swap or correct the dates.`, { node: span, property: 'end' });
            }
        },
        Baseline: (node, report) => { checkDate(node, 'date', 'start', report); },
        Target: (node, report) => { checkDate(node, 'date', 'end', report); },
        Benchmark: (node, report) => { checkDate(node, 'date', 'end', report); },
        Checkin: (node, report) => { checkDate(node, 'date', 'end', report); },
        Review: (node, report) => { checkDate(node, 'date', 'end', report); }
    })
});

/**
 * `invalid-date`: a date that does not exist, and a period or tactic span that ends before
 * it starts. A month or quarter in a start position means its first day (language.md).
 */
import type { AstNode, Properties, ValidationAcceptor, ValidationChecks } from 'langium';
import { parseDate, type DatePosition } from '../../model/dates.js';
import type { SmartAstType, Span } from '../../generated/ast.js';
import { reportRule } from '../report.js';

function checkDate<N extends AstNode>(node: N, property: Properties<N>, position: DatePosition, accept: ValidationAcceptor): number | undefined {
    const text = (node as unknown as Record<string, string | undefined>)[property];
    if (text === undefined) {
        return undefined;
    }
    const parsed = parseDate(text, position);
    if (!parsed.ok) {
        reportRule(accept, 'invalid-date', `'${text}' is not a real date: ${parsed.problem}.`, { node, property });
        return undefined;
    }
    return parsed.day;
}

export function dateChecks(): ValidationChecks<SmartAstType> {
    return {
        Span: (span: Span, accept) => {
            const start = checkDate(span, 'start', 'start', accept);
            const end = checkDate(span, 'end', 'end', accept);
            if (start !== undefined && end !== undefined && end < start) {
                const what = span.$containerProperty === 'period' ? 'The plan period' : 'The tactic span';
                reportRule(accept, 'invalid-date', `${what} ends (${span.end}) before it starts (${span.start}): swap or correct the dates.`, { node: span, property: 'end' });
            }
        },
        Baseline: (node, accept) => { checkDate(node, 'date', 'start', accept); },
        Target: (node, accept) => { checkDate(node, 'date', 'end', accept); },
        Benchmark: (node, accept) => { checkDate(node, 'date', 'end', accept); },
        Checkin: (node, accept) => { checkDate(node, 'date', 'end', accept); },
        Review: (node, accept) => { checkDate(node, 'date', 'end', accept); }
    };
}

/**
 * `duplicate-property`: a property that may appear once appears twice in a block.
 * Every property is parsed as a list (see the grammar), so this is a length check.
 * Also: a review cadence must count whole periods (`every 2 weeks`), else `syntax-error`.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Cadence, SmartAstType } from '../../generated/ast.js';
import { parseCadence } from '../../model/values.js';
import { propertyNodes } from '../../parser/property-nodes.js';
import { capitalize, describeElement, reportRule } from '../report.js';

/** For each block type: the once-only properties, with the keyword that writes them. */
const ONCE_ONLY_KEYWORDS: Record<string, Record<string, string>> = {
    PlanHeader: { owner: 'owner', period: 'period', cadence: 'review every', currency: 'currency', description: 'description' },
    Avatar: { segment: 'segment', market: 'market' },
    Goal: { metric: 'metric', baseline: 'baseline', target: 'target', owner: 'owner', aligns: 'aligns', cadence: 'review every' },
    Strategy: { message: 'message', proposition: 'proposition' },
    Tactic: { strategy: 'executes', channel: 'channel', owner: 'owner', budget: 'budget', span: 'from ... to', moves: 'moves' },
    Skill: { coach: 'coach' }
};

/** The same, as [property, keyword] pairs per block type, so a check allocates nothing. */
const ONCE_ONLY: Record<string, Array<[string, string]>> = Object.fromEntries(
    Object.entries(ONCE_ONLY_KEYWORDS).map(([type, properties]) => [type, Object.entries(properties)]));

function checkOnceOnly(node: AstNode, accept: ValidationAcceptor): void {
    for (const [property, keyword] of ONCE_ONLY[node.$type] ?? []) {
        const values = (node as unknown as Record<string, unknown[]>)[property];
        if (values.length < 2) {
            continue;
        }
        // The syntax nodes of the property, found once: one search per repeat is quadratic.
        const written = propertyNodes(node.$cstNode, property);
        for (let index = 1; index < values.length; index++) {
            const range = (written[Math.min(index, written.length - 1)] ?? node.$cstNode)?.range;
            reportRule(accept, 'duplicate-property',
                `${capitalize(describeElement(node))} has '${keyword}' ${values.length} times: keep one (the first counts).`,
                { node, property, index, range });
        }
    }
}

export function propertyChecks(): ValidationChecks<SmartAstType> {
    return {
        PlanHeader: checkOnceOnly,
        Avatar: checkOnceOnly,
        Goal: checkOnceOnly,
        Strategy: checkOnceOnly,
        Tactic: checkOnceOnly,
        Skill: checkOnceOnly,
        Cadence: (cadence: Cadence, accept) => {
            if (cadence.count !== undefined && !parseCadence(cadence.count, cadence.unit ?? 'day')) {
                reportRule(accept, 'syntax-error', `A review cadence counts whole periods: write 'every N ${cadence.unit ?? 'weeks'}' with N a whole number above 0, not ${cadence.count}.`,
                    { node: cadence, property: 'count' });
            }
        }
    };
}

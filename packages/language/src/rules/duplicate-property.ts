/**
 * `duplicate-property`: a property that may appear once appears twice in a block. Every
 * property is parsed as a list (see the grammar), so this is a length check.
 */
import type { AstNode } from 'langium';
import { capitalize } from '../common/vocabulary.js';
import { propertyNodes } from '../parser/property-nodes.js';
import { describeElement } from './support/describe.js';
import { createRule, type Report } from './support/rule.js';

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

function checkOnceOnly(node: AstNode, report: Report): void {
    for (const [property, keyword] of ONCE_ONLY[node.$type] ?? []) {
        const values = (node as unknown as Record<string, unknown[]>)[property];
        if (values.length < 2) {
            continue;
        }
        // The syntax nodes of the property, found once: one search per repeat is quadratic.
        const written = propertyNodes(node.$cstNode, property);
        for (let index = 1; index < values.length; index++) {
            const range = (written[Math.min(index, written.length - 1)] ?? node.$cstNode)?.range;
            report(`${capitalize(describeElement(node))} has '${keyword}' ${values.length} times: keep one (the first counts).`,
                { node, property, index, range });
        }
    }
}

export default createRule({
    meta: {
        id: 'duplicate-property', severity: 'error',
        summary: 'A property that may appear once appears twice in a block.',
        fix: 'Keep one of the two; the first one is the one that counts.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    metric members
    target 400 by 2027-12-31
}`
    },
    create: () => ({
        PlanHeader: checkOnceOnly,
        Avatar: checkOnceOnly,
        Goal: checkOnceOnly,
        Strategy: checkOnceOnly,
        Tactic: checkOnceOnly,
        Skill: checkOnceOnly
    })
});

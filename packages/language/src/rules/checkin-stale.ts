/** `checkin-stale` (R): a goal that is not done is checked in at least once per review cadence. */
import { formatDayNumber } from '../common/format.js';
import { addCadence, formatCadence } from '../common/values.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'checkin-stale', letter: 'R', severity: 'info',
        summary: 'The goal is not done and its latest check-in (its baseline date when none) is older than its review cadence.',
        fix: "Add a check-in: 'checkin DATE { GOAL VALUE }'.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    target 400 by 2027-12-31
    review every 1 month
}`
    },
    create: () => ({
        Goal: (node, report, context) => {
            const goal = context.goal;
            const cadence = goal?.facts.cadence;
            if (!goal || !cadence || goal.standing.status === 'done') {
                return;
            }
            const since = goal.latest?.day ?? goal.facts.baseline?.day;
            if (since !== undefined && context.config.today > addCadence(since, cadence)) {
                report(`${goal.label} has had no check-in since ${formatDayNumber(since)}, longer than its review cadence (${formatCadence(cadence)}): add 'checkin DATE { ${node.name} VALUE }'.`, goal.atName);
            }
        }
    })
});

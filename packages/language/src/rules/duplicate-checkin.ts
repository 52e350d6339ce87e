/** `duplicate-checkin` (M): one value per goal and date, within a check-in or across check-ins of one date. */
import { toDay } from '../common/dates.js';
import { formatDate } from '../common/format.js';
import type { CheckinEntry } from '../generated/ast.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'duplicate-checkin', letter: 'M', severity: 'error',
        summary: 'The same goal is checked in twice on one date.',
        fix: 'Keep one value per goal and date.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}
checkin 2027-02-01 { growMembers 150 }
checkin 2027-02-01 { growMembers 155 }`
    },
    create: () => ({
        PlanFile: (plan, report) => {
            const seen = new Map<string, CheckinEntry>();
            for (const checkin of plan.declarations) {
                if (checkin.$type !== 'Checkin') {
                    continue;
                }
                const day = toDay(checkin.date, 'end');
                if (day === undefined) {
                    continue;
                }
                for (const entry of checkin.entries) {
                    const goal = entry.goal?.ref;
                    if (!goal) {
                        continue;
                    }
                    const key = `${day}|${goal.name}`;
                    const earlier = seen.get(key);
                    if (earlier) {
                        const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
                        report(`Goal '${goal.name}' is checked in twice on ${formatDate(checkin.date)} (first on line ${line}): keep one value per goal and date.`,
                            { node: entry, property: 'goal', data: { goal: goal.name } });
                    } else {
                        seen.set(key, entry);
                    }
                }
            }
        }
    })
});

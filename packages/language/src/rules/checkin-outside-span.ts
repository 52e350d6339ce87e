/** `checkin-outside-span` (T): no check-in is dated before its goal's baseline. */
import { toDay } from '../common/dates.js';
import { formatDate } from '../common/format.js';
import { isCheckin } from '../generated/ast.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'checkin-outside-span', letter: 'T', severity: 'warning',
        summary: "A check-in value is dated before the goal's baseline date.",
        fix: 'Date the check-in on or after the baseline date, or move the baseline.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    target 400 by 2027-12-31
}
checkin 2026-12-01 { growMembers 110 }`
    },
    create: () => ({
        CheckinEntry: (entry, report) => {
            const goal = entry.goal?.ref;
            const checkin = entry.$container;
            if (!goal || !isCheckin(checkin)) {
                return;
            }
            const baseline = goal.baseline[0];
            const checkinDay = toDay(checkin.date, 'end');
            const baselineDay = toDay(baseline?.date, 'start');
            if (checkinDay !== undefined && baselineDay !== undefined && checkinDay < baselineDay) {
                report(`This check-in of goal '${goal.name}' is dated ${formatDate(checkin.date)}, before its baseline (${formatDate(baseline.date)}): date it on or after the baseline, or move the baseline.`,
                    { node: entry, property: 'goal', data: { goal: goal.name } });
            }
        }
    })
});

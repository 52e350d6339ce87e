/**
 * Rules about check-ins: one value per goal and date (`duplicate-checkin`), none dated
 * before the goal's baseline (`checkin-outside-span`), and `%` only on `%` metrics.
 */
import type { ValidationChecks } from 'langium';
import { isCheckin, type CheckinEntry, type PlanFile, type SmartAstType } from '../../generated/ast.js';
import { toDay } from '../../model/dates.js';
import { parseValue } from '../../model/values.js';
import { reportRule } from '../report.js';

export function checkinChecks(): ValidationChecks<SmartAstType> {
    return {
        PlanFile: (plan: PlanFile, accept) => {
            // Same goal twice on one date, within one check-in or across check-ins of the same date.
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
                        reportRule(accept, 'duplicate-checkin',
                            `Goal '${goal.name}' is checked in twice on ${checkin.date} (first on line ${line}): keep one value per goal and date.`,
                            { node: entry, property: 'goal', data: { goal: goal.name } });
                    } else {
                        seen.set(key, entry);
                    }
                }
            }
        },
        CheckinEntry: (entry: CheckinEntry, accept) => {
            const goal = entry.goal?.ref;
            const checkin = entry.$container;
            if (!goal || !isCheckin(checkin)) {
                return;
            }
            const data = { goal: goal.name };
            const baseline = goal.baseline[0];
            const checkinDay = toDay(checkin.date, 'end');
            const baselineDay = toDay(baseline?.date, 'start');
            if (checkinDay !== undefined && baselineDay !== undefined && checkinDay < baselineDay) {
                reportRule(accept, 'checkin-outside-span',
                    `This check-in of goal '${goal.name}' is dated ${checkin.date}, before its baseline (${baseline.date}): date it on or after the baseline, or move the baseline.`,
                    { node: entry, property: 'goal', data });
            }
            const unit = goal.metric[0]?.ref?.unit;
            if (parseValue(entry.value)?.percent && unit !== undefined && unit !== '%') {
                reportRule(accept, 'unit-mismatch',
                    `The check-in value ${entry.value} of goal '${goal.name}' is a percentage, but its metric '${goal.metric[0].$refText}' counts in ${unit}: drop the '%'.`,
                    { node: entry, property: 'value', data });
            }
        }
    };
}

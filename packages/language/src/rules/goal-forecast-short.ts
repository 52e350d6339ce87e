/**
 * `goal-forecast-short` (R): at its pace so far, the goal misses its target by more than
 * the behind tolerance (the forecast of language.md, a least-squares line through the
 * baseline and the check-ins). Reasonable benchmarks are re-planned at a review; this
 * says so before the deadline, with the forecast, the eta and the pace now needed.
 */
import { formatDate, formatDayNumber, formatPaceNeeded, formatValue } from '../common/format.js';
import { forecastFallsShort } from '../model/forecast.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'goal-forecast-short', letter: 'R', severity: 'info',
        summary: 'At its pace so far (a straight line through the baseline and the check-ins), the goal misses its target by more than the behind tolerance.',
        fix: 'Step up the tactics serving the goal, or re-plan its target or deadline at the next review.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 100 on 2027-01-01
    benchmark 110 by 2027-02-28
    target 400 by 2027-12-31
}
checkin 2027-02-01 { growMembers 105 }
checkin 2027-03-01 { growMembers 112 }`
    },
    create: () => ({
        Goal: (_node, report, context) => {
            const goal = context.goal;
            if (!goal) {
                return;
            }
            const { forecast, eta, paceNeeded } = goal.forecast;
            if (forecast === undefined || !forecastFallsShort(goal.facts, goal.forecast, goal.standing.direction, context.config.behindTolerance)) {
                return;
            }
            const target = goal.facts.target!;
            const unit = target.percent ? '%' : goal.unit;
            const reach = eta !== undefined ? `it would reach ${goal.measured(target)} on ${formatDayNumber(eta)}` : 'at this pace it never reaches it';
            const pace = paceNeeded !== undefined ? `; it needs ${formatPaceNeeded(paceNeeded, unit)} from here` : '';
            report(`${goal.label} is forecast to reach ${formatValue(forecast, unit)} by ${formatDate(target.date)} at its pace so far, short of the target ${goal.measured(target)}: ${reach}${pace}.`, goal.atName);
        }
    })
});

/** `review-overdue` (R): the plan's review rhythm is kept (the latest review is within one cadence). */
import { formatDate, formatDayNumber } from '../common/format.js';
import { formatCadence } from '../common/values.js';
import { reviewRhythm } from '../model/reviews.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'review-overdue', letter: 'R', severity: 'warning',
        summary: 'The latest review (or the period start, when none) is older than the review cadence, as of today.',
        fix: "Hold the review and record it: 'review DATE \"Title\" { ... }'.",
        example: `plan "Acme 2027" {
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
}`
    },
    create: () => ({
        PlanHeader: (header, report, context) => {
            if (header.cadence.length === 0) {
                return;
            }
            const model = context.model;
            const rhythm = reviewRhythm(model, context.config.today);
            if (rhythm.overdue && model.header?.cadence) {
                const since = rhythm.lastReview !== undefined ? `The last review was on ${formatDayNumber(rhythm.lastReview)}` : `No review is recorded since the period start (${formatDate(model.header.period!.start.date)})`;
                report(`${since} and the plan reviews ${formatCadence(model.header.cadence)}: a review was due by ${formatDayNumber(rhythm.nextReviewDue!)}. Hold it and record it ('review DATE "Title" { ... }').`,
                    { node: header, property: 'cadence', index: 0 });
            }
        }
    })
});

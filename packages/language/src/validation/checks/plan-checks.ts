/**
 * Rules about the plan header: a review cadence is set (`plan-without-review`) and kept
 * (`review-overdue`: the latest review, or the period start, is older than the cadence).
 */
import { AstUtils, type ValidationChecks } from 'langium';
import type { PlanHeader, SmartAstType } from '../../generated/ast.js';
import { formatDay } from '../../model/dates.js';
import { reviewRhythm } from '../../model/reviews.js';
import { formatCadence } from '../../model/values.js';
import type { SmartServices } from '../../smart-module.js';
import { reportRule } from '../report.js';

export function planChecks(services: SmartServices): ValidationChecks<SmartAstType> {
    const models = services.plan.PlanModelProvider;
    const configs = services.config.ConfigProvider;
    return {
        PlanHeader: (header: PlanHeader, accept) => {
            if (header.cadence.length === 0) {
                reportRule(accept, 'plan-without-review', `Plan "${header.title}" has no review cadence: add 'review every 2 weeks' (or another rhythm) to build in review sessions.`,
                    { node: header, keyword: 'plan' });
                return;
            }
            const document = AstUtils.getDocument(header);
            const model = models.modelOf(document);
            const today = configs.configFor(document.uri).today;
            const rhythm = reviewRhythm(model, today);
            if (rhythm.overdue && model.header?.cadence) {
                const since = rhythm.lastReview !== undefined ? `The last review was on ${formatDay(rhythm.lastReview)}` : `No review is recorded since the period start (${model.header.period!.start.date})`;
                reportRule(accept, 'review-overdue',
                    `${since} and the plan reviews ${formatCadence(model.header.cadence)}: a review was due by ${formatDay(rhythm.nextReviewDue!)}. Hold it and record it ('review DATE "Title" { ... }').`,
                    { node: header, property: 'cadence', index: 0 });
            }
        }
    };
}

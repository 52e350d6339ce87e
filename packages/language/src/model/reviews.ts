/**
 * The plan's review rhythm: the last review held (on or before today) and when the next
 * one is due, from the plan's cadence and its period start. Pure.
 */
import type { PlanFacts } from './plan-facts.js';
import { addCadence } from '../common/values.js';

export interface ReviewRhythm {
    /** Day of the latest review on or before today. */
    lastReview?: number;
    /** One cadence after the last review, or after the period start when none was held. */
    nextReviewDue?: number;
    overdue: boolean;
}

export function reviewRhythm(plan: Pick<PlanFacts, 'header' | 'reviews'>, today: number): ReviewRhythm {
    let lastReview: number | undefined;
    for (const review of plan.reviews) {
        if (review.day !== undefined && review.day <= today && (lastReview === undefined || review.day > lastReview)) {
            lastReview = review.day;
        }
    }
    const cadence = plan.header?.cadence;
    const from = lastReview ?? plan.header?.period?.start.day;
    if (!cadence || from === undefined) {
        return { lastReview, overdue: false };
    }
    const nextReviewDue = addCadence(from, cadence);
    return { lastReview, nextReviewDue, overdue: today > nextReviewDue };
}

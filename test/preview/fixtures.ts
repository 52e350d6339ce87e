/**
 * View models for the renderer tests: `fullView()` sets every field of the schema,
 * optional ones included (so the hostile-text test reaches every string), with an
 * increasing goal, a decreasing goal, a goal that cannot be tracked, a strategy
 * budgeted in two currencies, and a journey step without a reaction. `viewOfPlan`
 * builds the real view of a plan text through the language services.
 */
import type { GoalView, PlanView } from '@smart-plan/language';
import { buildPlan, services } from '../helpers.js';

export function increasingGoal(overrides: Partial<GoalView> = {}): GoalView {
    return {
        name: 'growMembers',
        title: 'Grow paying membership from 120 to 400',
        owner: 'becki',
        avatars: ['networkBuilder', 'teamLeader'],
        metric: 'members',
        unit: 'count',
        status: 'on-track',
        direction: 'increasing',
        baseline: 120,
        target: 400,
        actual: 176,
        expected: 162,
        progress: 20,
        deadline: '2027-12-31',
        daysLeft: 291,
        monthlyRate: 0.106,
        forecast: 415,
        eta: '2027-12-02',
        paceNeeded: 23.5,
        rollup: { total: 3, worst: 'behind', counts: { 'on-track': 2, behind: 1 } },
        path: [
            { date: '2027-01-01', value: 120 },
            { date: '2027-03-31', value: 170 },
            { date: '2027-06-30', value: 260 },
            { date: '2027-12-31', value: 400 }
        ],
        benchmarks: [{ date: '2027-03-31', value: 170 }, { date: '2027-06-30', value: 260 }],
        checkins: [
            { date: '2027-02-01', value: 141, note: 'January webinar brought 19 members', confidence: 'medium' },
            { date: '2027-03-12', value: 176, confidence: 'high' }
        ],
        letters: { S: true, M: true, A: true, R: false, T: true },
        letterReasons: { R: ['Benchmark 260 by 2027-06-30 is ahead of plan'] },
        strategies: [{
            name: 'trustedAdvisor',
            title: 'Position John as the trusted advisor',
            message: 'You need a proven way to meet new people',
            tactics: [
                { name: 'monthlyWebinar', title: 'Monthly live webinar', channel: 'webinar', owner: 'john', budget: { amount: 6000, currency: 'USD' }, line: 40 },
                { name: 'advisorPodcast', title: 'Weekly podcast', channel: 'podcast', owner: 'maria', budget: { amount: 3300, currency: 'USD' }, line: 47 },
                { name: 'euroAds', title: 'Ads in Europe', channel: 'facebook', owner: 'maria', budget: { amount: 750, currency: 'EUR' }, line: 54 }
            ],
            budgets: [{ amount: 9300, currency: 'USD' }, { amount: 750, currency: 'EUR' }],
            line: 30
        }],
        line: 10,
        ...overrides
    };
}

export function decreasingGoal(overrides: Partial<GoalView> = {}): GoalView {
    return increasingGoal({
        name: 'reduceChurn',
        title: 'Halve monthly churn',
        metric: 'churn',
        unit: '%',
        status: 'at-risk',
        direction: 'decreasing',
        baseline: 8,
        target: 4,
        actual: 7.5,
        expected: 7,
        progress: 12.5,
        forecast: 4.6,
        eta: '2028-02-10',
        paceNeeded: -0.36,
        path: [{ date: '2027-01-01', value: 8 }, { date: '2027-06-30', value: 6 }, { date: '2027-12-31', value: 4 }],
        benchmarks: [{ date: '2027-06-30', value: 6 }],
        checkins: [{ date: '2027-03-01', value: 7.5 }],
        letters: { S: true, M: true, A: true, R: true, T: true },
        letterReasons: {},
        strategies: [],
        line: 20,
        ...overrides
    });
}

export function fullView(): PlanView {
    return {
        file: 'plans/acme.smart',
        today: '2027-03-15',
        header: {
            title: 'Acme Coaching 2027',
            owner: 'john',
            period: { start: '2027-01-01', end: '2027-12-31' },
            cadence: 'every 2 weeks',
            lastReview: '2027-02-22',
            nextReviewDue: '2027-03-08',
            reviewOverdue: true,
            line: 0
        },
        goals: [
            increasingGoal(),
            decreasingGoal(),
            increasingGoal({
                name: 'vague', title: 'Be famous', status: 'unknown', baseline: null, target: null, actual: null, expected: null,
                progress: null, deadline: null, daysLeft: null, monthlyRate: null, forecast: null, eta: null, paceNeeded: null, rollup: { total: 0, worst: null, counts: {} }, path: [], benchmarks: [], checkins: [],
                letters: { S: true, M: false, A: true, R: true, T: false },
                letterReasons: { M: ['Goal vague has no metric'], T: ['Goal vague has no deadline'] },
                line: 25
            })
        ],
        journeys: [{
            name: 'buying',
            avatar: 'networkBuilder',
            steps: [
                { name: 'aware', title: 'Hears the podcast', reactions: ['advisorPodcast', '30-second clips'], missingReaction: false, line: 61 },
                { name: 'join', title: 'Books a first call', reactions: [], missingReaction: true, line: 64 }
            ],
            line: 60
        }],
        diagnostics: { error: 1, warning: 2, info: 3 }
    };
}

/** The real view model of a plan text, as `smart/preview` and `smart report` build it. */
export async function viewOfPlan(text: string, file = 'plan.smart', today = '2027-03-15'): Promise<PlanView> {
    const document = await buildPlan(text, { today });
    return services.plan.PlanInsight.planView(document, file);
}

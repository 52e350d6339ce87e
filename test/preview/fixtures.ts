/**
 * View models for the renderer tests: `fullView()` sets every field of the schema,
 * optional ones included (so the hostile-text test reaches every string), with an
 * increasing goal, a decreasing goal, a goal that cannot be tracked, a strategy serving
 * two goals and budgeted in two currencies, a tactic under no strategy and one under another plan's, a journey step
 * without a reaction, avatars with an unaddressed need, a SWOT, reviews (one planned),
 * skills, people and metrics. `viewOfPlan` builds the real view of a plan text through the
 * language services.
 */
import type { GoalView, PlanView, TacticView } from '@smart-plan/language';
import { buildPlan, services } from '../helpers.js';

const ref = (name: string, title: string) => ({ name, title });

export function increasingGoal(overrides: Partial<GoalView> = {}): GoalView {
    return {
        name: 'growMembers',
        title: 'Grow paying membership from 120 to 400',
        owner: ref('becki', 'Becki Hackett'),
        avatars: [ref('networkBuilder', 'Part-time network marketer'), ref('teamLeader', 'Established team leader')],
        metric: ref('members', 'Paying members'),
        unit: 'count',
        aligns: ref('growMrr', 'Reach 22,000 USD monthly recurring revenue'),
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
            { date: '2027-02-01', value: 141, note: 'January webinar brought 19 members', confidence: 'medium', afterToday: false },
            { date: '2027-03-12', value: 176, confidence: 'high', afterToday: false },
            { date: '2027-04-01', value: 190, afterToday: true }
        ],
        decisions: [],
        letters: { S: true, M: true, A: true, R: false, T: true },
        letterReasons: { R: ['Benchmark 260 by 30 Jun 2027 is ahead of plan'] },
        strategies: [ref('trustedAdvisor', 'Position John as the trusted advisor')],
        line: 10,
        ...overrides
    };
}

export function decreasingGoal(overrides: Partial<GoalView> = {}): GoalView {
    return increasingGoal({
        name: 'reduceChurn',
        title: 'Halve monthly churn',
        metric: ref('churn', 'Monthly member churn'),
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
        rollup: { total: 0, worst: null, counts: {} },
        path: [{ date: '2027-01-01', value: 8 }, { date: '2027-06-30', value: 6 }, { date: '2027-12-31', value: 4 }],
        benchmarks: [{ date: '2027-06-30', value: 6 }],
        checkins: [{ date: '2027-03-01', value: 7.5, afterToday: false }],
        decisions: [{ date: '2027-02-22', review: 'February review', text: 'Start win-back calls at day 25', line: 67 }],
        letters: { S: true, M: true, A: true, R: true, T: true },
        letterReasons: {},
        strategies: [ref('trustedAdvisor', 'Position John as the trusted advisor')],
        line: 20,
        ...overrides
    });
}

function tactic(overrides: Partial<TacticView> & Pick<TacticView, 'name' | 'title' | 'line'>): TacticView {
    return { skills: [], ...overrides };
}

export function fullView(): PlanView {
    const webinar = tactic({
        name: 'monthlyWebinar', title: 'Monthly live webinar', strategy: ref('trustedAdvisor', 'Position John as the trusted advisor'),
        channel: 'webinar', owner: ref('john', 'John Hackett'), budget: { amount: 6000, currency: 'USD' }, budgetRate: { amount: 500, currency: 'USD', per: 'month' },
        from: '2027-01-15', to: '2027-12-15', moves: ref('members', 'Paying members'), skills: [ref('discoveryCall', 'Run a 20-minute discovery call')], line: 40
    });
    const podcast = tactic({ name: 'advisorPodcast', title: 'Weekly podcast', strategy: ref('trustedAdvisor', 'Position John as the trusted advisor'), channel: 'podcast', owner: ref('maria', 'Maria Lopez'), budget: { amount: 3300, currency: 'USD' }, line: 47 });
    const euroAds = tactic({ name: 'euroAds', title: 'Ads in Europe', strategy: ref('trustedAdvisor', 'Position John as the trusted advisor'), channel: 'facebook', owner: ref('maria', 'Maria Lopez'), budget: { amount: 750, currency: 'EUR' }, line: 54 });
    const flyers = tactic({ name: 'flyers', title: 'Flyers in co-working spaces', channel: 'print', owner: ref('maria', 'Maria Lopez'), budget: { amount: 300, currency: 'USD' }, line: 57 });
    const newsletter = tactic({
        name: 'newsletter', title: 'Group newsletter feature', strategy: ref('groupVoice', 'The group\'s one voice'), channel: 'email', owner: ref('john', 'John Hackett'),
        budget: { amount: 1200, currency: 'USD' }, budgetRate: { amount: 100, currency: 'USD', per: 'month' }, from: '2027-01-01', to: '2027-12-31',
        moves: ref('members', 'Paying members'), skills: [ref('clips', 'Cut a 30-second clip')], line: 58
    });
    return {
        file: 'plans/acme.smart',
        today: '2027-03-15',
        header: {
            title: 'Acme Coaching 2027',
            owner: ref('john', 'John Hackett'),
            description: 'Grow the coaching network through trusted-advisor content',
            period: { start: '2027-01-01', end: '2027-12-31' },
            cadence: 'every 2 weeks',
            currency: 'USD',
            lastReview: '2027-02-22',
            nextReviewDue: '2027-03-08',
            reviewOverdue: true,
            line: 0
        },
        allAfterToday: { earliest: '2027-04-01' },
        goals: [
            increasingGoal(),
            decreasingGoal(),
            increasingGoal({
                name: 'vague', title: 'Be famous', status: 'unknown', baseline: null, target: null, actual: null, expected: null,
                progress: null, deadline: null, daysLeft: null, monthlyRate: null, forecast: null, eta: null, paceNeeded: null, rollup: { total: 0, worst: null, counts: {} }, path: [], benchmarks: [], checkins: [],
                letters: { S: true, M: false, A: true, R: true, T: false },
                letterReasons: { M: ['Goal vague has no metric'], T: ['Goal vague has no deadline'] },
                strategies: [],
                line: 25
            })
        ],
        strategies: [{
            name: 'trustedAdvisor',
            title: 'Position John as the trusted advisor',
            message: 'You need a proven way to meet new people',
            proposition: 'Weekly live coaching for less than one product order',
            serves: [ref('growMembers', 'Grow paying membership from 120 to 400'), ref('reduceChurn', 'Halve monthly churn')],
            audience: [ref('networkBuilder', 'Part-time network marketer')],
            addresses: [ref('networkBuilder.prospects', 'A steady flow of warm prospects')],
            tactics: [webinar, podcast, euroAds],
            budgets: [{ amount: 9300, currency: 'USD' }, { amount: 750, currency: 'EUR' }],
            line: 30
        }],
        unassignedTactics: [flyers, newsletter],
        budget: {
            total: [{ amount: 10800, currency: 'USD' }, { amount: 750, currency: 'EUR' }],
            byStrategy: [
                { strategy: ref('trustedAdvisor', 'Position John as the trusted advisor'), budgets: [{ amount: 9300, currency: 'USD' }, { amount: 750, currency: 'EUR' }] },
                { strategy: null, budgets: [{ amount: 300, currency: 'USD' }] },
                { strategy: ref('groupVoice', 'The group\'s one voice'), budgets: [{ amount: 1200, currency: 'USD' }] }
            ],
            byChannel: [
                { channel: 'webinar', budgets: [{ amount: 6000, currency: 'USD' }] },
                { channel: 'podcast', budgets: [{ amount: 3300, currency: 'USD' }] },
                { channel: 'facebook', budgets: [{ amount: 750, currency: 'EUR' }] },
                { channel: 'print', budgets: [{ amount: 300, currency: 'USD' }] },
                { channel: null, budgets: [{ amount: 1200, currency: 'USD' }] }
            ]
        },
        people: [
            { name: 'john', title: 'John Hackett', roles: ['Founder and head coach'], line: 3 },
            { name: 'maria', title: 'Maria Lopez', roles: [], line: 4 }
        ],
        avatars: [{
            name: 'networkBuilder',
            title: 'Part-time network marketer',
            segment: 'Distributors working 5-10 hours a week',
            market: 'b2c',
            needs: [
                { name: 'prospects', title: 'A steady flow of warm prospects', addressedBy: [ref('trustedAdvisor', 'Position John as the trusted advisor')] },
                { name: 'timeFit', title: 'Something that fits into evenings', addressedBy: [] }
            ],
            motivations: ['Replace a car payment first'],
            criteria: ['No long contract'],
            channels: ['facebook', 'podcast'],
            line: 6
        }],
        swot: {
            strengths: ['46 years of coaching experience'],
            weaknesses: ['An email list of only 350 people'],
            opportunities: ['Companies cut field training budgets'],
            threats: ['Free training groups run by upline leaders'],
            line: 8
        },
        metrics: [{ name: 'members', title: 'Paying members', unit: 'count', line: 9 }],
        journeys: [{
            name: 'buying',
            avatar: ref('networkBuilder', 'Part-time network marketer'),
            steps: [
                {
                    name: 'aware', title: 'Hears the podcast', reactions: [{ tactic: ref('advisorPodcast', 'Weekly podcast') }, { asset: '30-second clips' }], missingReaction: false,
                    stakeholders: ['Their upline sponsor'], competitors: ['Free training groups'], worstCases: ['Scrolls past'], alternatives: ['A free first month'], line: 61
                },
                { name: 'join', title: 'Books a first call', reactions: [], missingReaction: true, stakeholders: [], competitors: [], worstCases: [], alternatives: [], line: 64 }
            ],
            line: 60
        }],
        reviews: [
            { date: '2027-04-12', title: 'April review', attendees: [], decisions: [], afterToday: true, line: 70 },
            { date: '2027-02-22', title: 'February review', attendees: [ref('john', 'John Hackett'), ref('maria', 'Maria Lopez')], decisions: [{ text: 'Start win-back calls at day 25', about: [ref('reduceChurn', 'Halve monthly churn')] }], afterToday: false, line: 67 }
        ],
        skills: [
            { name: 'discoveryCall', title: 'Run a 20-minute discovery call', coach: ref('john', 'John Hackett'), supports: [ref('monthlyWebinar', 'Monthly live webinar')], line: 73 },
            { name: 'clips', title: 'Cut a 30-second clip', supports: [], line: 76 }
        ],
        diagnostics: { error: 1, warning: 2, info: 3 }
    };
}

/** The real view model of a plan text, as `smart/preview` and `smart report` build it. */
export async function viewOfPlan(text: string, file = 'plan.smart', today = '2027-03-15'): Promise<PlanView> {
    const document = await buildPlan(text, { today });
    return services.plan.PlanInsight.planView(document, file);
}

// The plan model's figures: planned path, Expected(d), actual, progress, status and the
// implied monthly rate, for increasing and decreasing goals at several dates.
import { describe, expect, test } from 'vitest';
import { expectedAt, extractPlan, goalProgress, isGoal, letterOfRule, lettersByGoal, reviewRhythm, smartLetters, toDay, trackable, type Goal, type GoalFacts, type PlanFile } from '@smart-plan/language';
import { sortIfUnordered } from '../../packages/language/src/model/ordering.js';
import { buildPlan } from '../helpers.js';

const day = (text: string) => toDay(text, 'start')!;

async function goalFacts(text: string): Promise<GoalFacts[]> {
    const document = await buildPlan(text);
    return extractPlan(document.parseResult.value as PlanFile).goals;
}

// Baseline 100 on Jan 1, benchmark 200 a hundred days later (Apr 11), target 400 by Dec 31.
const growth = (checkins: string) => `
metric members "Members" unit count
goal grow "Grow" {
    metric members
    baseline 100 on 2027-01-01
    benchmark 200 by 2027-04-11
    target 400 by 2027-12-31
}
${checkins}`;

// Baseline 8% on Jan 1, benchmark 6% by Jun 30 (180 days), target 4% by Dec 31.
const churn = (checkins: string) => `
metric churn "Churn" unit %
goal reduce "Reduce churn" {
    metric churn
    baseline 8% on 2027-01-01
    benchmark 6% by 2027-06-30
    target 4% by 2027-12-31
}
${checkins}`;

describe('planned path and Expected(d)', () => {
    test('interpolates through the benchmarks, holds the baseline before and the target after', async () => {
        const [goal] = await goalFacts(growth(''));
        const path = trackable(goal)!.path;
        expect(path.map(p => p.value)).toEqual([100, 200, 400]);
        expect(expectedAt(path, day('2026-06-01'))).toBe(100);
        expect(expectedAt(path, day('2027-02-20'))).toBeCloseTo(150, 6);     // 50 of 100 days to the benchmark
        expect(expectedAt(path, day('2027-04-11'))).toBe(200);
        expect(expectedAt(path, day('2028-06-01'))).toBe(400);
    });

    test('benchmarks are sorted by date whatever order they are written in', async () => {
        const [goal] = await goalFacts(`metric m "M"
goal g "G" { metric m baseline 0 on 2027-01-01 benchmark 30 by 2027-09-30 benchmark 10 by 2027-03-31 target 40 by 2027-12-31 }`);
        expect(trackable(goal)!.path.map(p => p.value)).toEqual([0, 10, 30, 40]);
    });
});

describe('status and progress of an increasing goal', () => {
    test.each([
        ['before the baseline date, nothing measured', '', '2026-12-01', 'not-started', undefined],
        ['exactly on the planned path', 'checkin 2027-02-20 { grow 150 }', '2027-03-01', 'on-track', 50 / 300 * 100],
        ['ahead of the path', 'checkin 2027-02-20 { grow 180 }', '2027-03-01', 'on-track', 80 / 300 * 100],
        ['behind within the 10% tolerance (30 of 300)', 'checkin 2027-02-20 { grow 121 }', '2027-03-01', 'at-risk', 21 / 300 * 100],
        ['behind by more than the tolerance', 'checkin 2027-02-20 { grow 119 }', '2027-03-01', 'behind', 19 / 300 * 100],
        ['target reached early', 'checkin 2027-06-01 { grow 410 }', '2027-07-01', 'done', 310 / 300 * 100],
        ['deadline passed short of the target', 'checkin 2027-12-01 { grow 350 }', '2028-01-15', 'missed', 250 / 300 * 100],
        ['deadline passed with the target reached', 'checkin 2027-12-01 { grow 400 }', '2028-01-15', 'done', 100]
    ])('%s', async (_name, checkins, today, status, progress) => {
        const [goal] = await goalFacts(growth(checkins));
        const result = goalProgress(goal, day(today), 0.1);
        expect(result.status).toBe(status);
        if (progress === undefined) {
            expect(result.progress).toBeUndefined();
        } else {
            expect(result.progress).toBeCloseTo(progress, 6);
        }
    });

    test('check-ins dated after today are ignored', async () => {
        const [goal] = await goalFacts(growth('checkin 2027-02-20 { grow 150 }\ncheckin 2027-03-10 { grow 90 }'));
        const result = goalProgress(goal, day('2027-03-01'), 0.1);
        expect([result.actual, result.status]).toEqual([150, 'on-track']);
        const later = goalProgress(goal, day('2027-03-10'), 0.1);
        expect([later.actual, later.status]).toEqual([90, 'behind']);
    });

    test('the status compares with Expected at the check-in date, and reports Expected(today)', async () => {
        const [goal] = await goalFacts(growth('checkin 2027-02-20 { grow 150 }'));
        const result = goalProgress(goal, day('2027-04-11'), 0.1);
        expect(result.expectedAtCheckin).toBeCloseTo(150, 6);
        expect(result.expectedToday).toBe(200);
        expect(result.status).toBe('on-track');
        expect(result.daysLeft).toBe(day('2027-12-31') - day('2027-04-11'));
    });

    test('a wider tolerance turns behind into at-risk', async () => {
        const [goal] = await goalFacts(growth('checkin 2027-02-20 { grow 119 }'));
        expect(goalProgress(goal, day('2027-03-01'), 0.1).status).toBe('behind');
        expect(goalProgress(goal, day('2027-03-01'), 0.2).status).toBe('at-risk');
    });
});

describe('status and progress of a decreasing goal', () => {
    test.each([
        ['ahead: lower than planned', 'checkin 2027-02-01 { reduce 7.5% }', 'on-track', 12.5],
        ['slightly higher than planned, within 10% of 4 points', 'checkin 2027-02-01 { reduce 7.9% }', 'at-risk', 2.5],
        ['much higher than planned', 'checkin 2027-02-01 { reduce 8.5% }', 'behind', -12.5],
        ['below the target', 'checkin 2027-02-01 { reduce 3.9% }', 'done', 102.5]
    ])('%s', async (_name, checkins, status, progress) => {
        const [goal] = await goalFacts(churn(checkins));
        const result = goalProgress(goal, day('2027-03-01'), 0.1);
        expect(result.direction).toBe('decreasing');
        expect(result.status).toBe(status);
        expect(result.progress).toBeCloseTo(progress, 6);
    });

    test('missed after the deadline when still above the target', async () => {
        const [goal] = await goalFacts(churn('checkin 2027-12-15 { reduce 4.5% }'));
        expect(goalProgress(goal, day('2028-01-02'), 0.1).status).toBe('missed');
    });
});

describe('goals that cannot be tracked', () => {
    test.each([
        ['no metric', 'goal g "G" { baseline 1 on 2027-01-01 target 2 by 2027-12-31 }'],
        ['no baseline date', 'metric m "M"\ngoal g "G" { metric m baseline 1 target 2 by 2027-12-31 }'],
        ['no target date', 'metric m "M"\ngoal g "G" { metric m baseline 1 on 2027-01-01 target 2 }'],
        ['an impossible target date', 'metric m "M"\ngoal g "G" { metric m baseline 1 on 2027-01-01 target 2 by 2027-02-30 }']
    ])('%s: status unknown, no progress', async (_name, text) => {
        const [goal] = await goalFacts(text + '\ncheckin 2027-02-01 { g 2 }');
        const result = goalProgress(goal, day('2027-03-01'), 0.1);
        expect(result.status).toBe('unknown');
        expect(result.progress).toBeUndefined();
    });
});

describe('implied monthly rate', () => {
    test('(t / b)^(1/m) − 1 over months of 30.44 days', async () => {
        const [grow] = await goalFacts('goal g "G" { baseline 120 on 2027-01-01 target 400 by 2027-12-31 }');
        expect(goalProgress(grow, day('2027-03-01'), 0.1).monthlyRate).toBeCloseTo(0.105927, 5);
        const [reduce] = await goalFacts('goal g "G" { baseline 8% on 2027-01-01 target 4% by 2027-12-31 }');
        expect(goalProgress(reduce, day('2027-03-01'), 0.1).monthlyRate).toBeCloseTo(-0.056317, 5);
    });

    test('undefined for a zero or negative baseline, or no dates', async () => {
        const goals = await goalFacts(`goal a "A" { baseline 0 on 2027-01-01 target 10 by 2027-12-31 }
goal b "B" { baseline -5 on 2027-01-01 target 10 by 2027-12-31 }
goal c "C" { baseline 5 target 10 by 2027-12-31 }`);
        expect(goals.map(g => goalProgress(g, day('2027-03-01'), 0.1).monthlyRate)).toEqual([undefined, undefined, undefined]);
    });
});

describe('check-ins from another file count for the goal', () => {
    test('a separate check-in file feeds the status', async () => {
        const { buildPlans } = await import('../helpers.js');
        const { services } = await import('../helpers.js');
        const docs = await buildPlans({ 'plan.smart': growth(''), 'checkins.smart': 'import "./plan.smart"\ncheckin 2027-02-20 { grow 150 }' });
        const model = services.plan.PlanModelProvider.modelOf(docs['plan.smart']);
        const goal = model.facts.goals[0];
        expect(goal.checkins.map(c => [c.date, c.value])).toEqual([['2027-02-20', 150]]);
        expect(goalProgress(goal, day('2027-03-01'), 0.1).status).toBe('on-track');
    });

    test('the rules\' goal-by-goal reading and the whole plan\'s facts agree', async () => {
        const { buildPlans, services } = await import('../helpers.js');
        const docs = await buildPlans({ 'plan.smart': growth('checkin 2027-01-20 { grow 120 }'), 'checkins.smart': 'import "./plan.smart"\ncheckin 2027-02-20 { grow 150 }' });
        const model = services.plan.PlanModelProvider.modelOf(docs['plan.smart']);
        const goalNode = (docs['plan.smart'].parseResult.value as PlanFile).declarations.find(d => d.$type === 'Goal') as Goal;
        const read = model.goal(goalNode);
        expect(read.checkins.map(c => c.value)).toEqual([120, 150]);
        expect(model.facts.goals).toEqual([read]);
        expect(model.facts.goals[0]).toBe(read);
        expect(model.reviews).toEqual(model.facts.reviews);
    });
});

describe('date order of benchmarks and check-ins', () => {
    test('check-ins written out of date order are read in date order', async () => {
        const [goal] = await goalFacts(growth('checkin 2027-03-01 { grow 180 }\ncheckin 2027-02-01 { grow 130 }\ncheckin 2027-02-15 { grow 150 }'));
        expect(goal.checkins.map(c => c.value)).toEqual([130, 150, 180]);
    });

    test('a list already in order is left as it is; an unordered one is sorted stably', () => {
        const ordered = [{ day: 1 }, { day: 2 }, { day: 2 }];
        expect(sortIfUnordered(ordered, item => item.day)).toBe(ordered);
        const unordered = [{ day: 3, name: 'c' }, { day: 1, name: 'a' }, { day: 3, name: 'd' }, { day: 2, name: 'b' }];
        expect(sortIfUnordered(unordered, item => item.day).map(item => item.name)).toEqual(['a', 'b', 'c', 'd']);
    });
});

describe('review rhythm', () => {
    const plan = (reviews: string) => `plan "P" { period 2027-01-01 to 2027-12-31 review every 2 weeks }\n${reviews}`;

    test('without reviews, the first is due one cadence after the period start', async () => {
        const facts = extractPlan((await buildPlan(plan(''))).parseResult.value as PlanFile);
        expect(reviewRhythm(facts, day('2027-01-15'))).toMatchObject({ nextReviewDue: day('2027-01-15'), overdue: false });
        expect(reviewRhythm(facts, day('2027-01-16')).overdue).toBe(true);
    });

    test('the latest review on or before today sets the next due date', async () => {
        const facts = extractPlan((await buildPlan(plan('review 2027-02-14 "Feb" { }\nreview 2027-05-01 "Planned" { }'))).parseResult.value as PlanFile);
        expect(reviewRhythm(facts, day('2027-03-01'))).toEqual({ lastReview: day('2027-02-14'), nextReviewDue: day('2027-02-28'), overdue: true });
    });
});

describe('SMART letters', () => {
    test('a letter fails when a rule of that letter reports on the goal', () => {
        expect(smartLetters(['goal-without-owner', 'goal-missing-baseline', 'goal-behind'], letterOfRule)).toEqual({ S: true, M: true, A: false, R: false, T: true });
        expect(smartLetters([], letterOfRule)).toEqual({ S: true, M: true, A: true, R: true, T: true });
    });

    test('letters per goal come from the diagnostics about that goal', async () => {
        const document = await buildPlan(`metric m "M"
goal a "A" { metric m }
goal b "B" { metric m baseline 10 on 2027-01-01 target 12 by 2027-03-31 }`); // within one quarter, +6%/month: R holds
        const names = document.parseResult.value.declarations.filter(isGoal).map(g => g.name);
        const letters = lettersByGoal(document.diagnostics ?? [], names, letterOfRule);
        expect(letters.get('a')).toEqual({ S: false, M: false, A: false, R: false, T: false });
        expect(letters.get('b')).toEqual({ S: false, M: true, A: false, R: true, T: true });
    });
});

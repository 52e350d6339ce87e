// The semantic diff of two plan versions: what a reviewer reads for every kind of edit,
// and whether it is a regression, an improvement or neutral.
import { describe, expect, test } from 'vitest';
import { summarizeChanges } from '@smart-plan/language';
import { diffTexts, lines } from './diff-helpers.js';

const PLAN = `plan "Acme 2027" {
    owner john
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
    currency USD
}

person john "John Hackett" { role "Coach" }
person becki "Becki Hackett"

avatar solo "Solo coach" {
    need pipeline "A predictable pipeline"
    need admin "Less admin"
    channel webinar
}

swot {
    strength "46 years of coaching"
    weakness "No email list"
}

metric members "Paid members" unit count
metric churn "Monthly churn" unit %

goal grow "Grow membership" {
    for solo
    metric members
    baseline 120 on 2027-01-01
    benchmark 180 by 2027-03-31
    benchmark 240 by 2027-06-30
    target 400 by 2027-12-31
    owner becki
}

goal reduce "Halve churn" {
    for solo
    metric churn
    baseline 8% on 2027-01-01
    benchmark 6% by 2027-06-30
    target 4% by 2027-12-31
    owner john
}

strategy advisor "Trusted advisor" {
    serves grow, reduce
    audience solo
    addresses solo.pipeline
    message "Grow your practice"
}

tactic webinar "Monthly webinar" {
    executes advisor
    channel webinar
    owner john
    budget 500 per month
    from 2027-01-15 to 2027-12-15
    moves members
}

journey buying for solo {
    step aware "Hears about us" {
        reaction webinar
        reaction "Testimonial video"
    }
    step compare "Compares programs" {
        competitor "Cheap courses"
        reaction "Comparison sheet"
    }
    step join "Joins" {
        reaction "Welcome call"
    }
}

checkin 2027-02-01 {
    grow 150 "Webinar spike"
    reduce 7.5%
}

review 2027-02-14 "February review" {
    attendee john, becki
    decision "Move the webinar to Tuesdays"
}

skill discovery "Run a discovery call" {
    coach john
    supports webinar
}
`;

/** PLAN with each [from, to] replacement applied once (each `from` must occur). */
function edit(...replacements: Array<[string, string]>): string {
    return replacements.reduce((text, [from, to]) => {
        expect(text, `the plan contains ${JSON.stringify(from)}`).toContain(from);
        return text.replace(from, to);
    }, PLAN);
}

async function changesAfter(...replacements: Array<[string, string]>): Promise<string[]> {
    return lines(await diffTexts(PLAN, edit(...replacements)));
}

describe('no semantic change', () => {
    test('identical plans', async () => {
        expect(await diffTexts(PLAN, PLAN)).toEqual([]);
    });

    test('reformatting, comments, property order and equivalent dates and values', async () => {
        const reformatted = edit(
            ['goal grow "Grow membership" {\n    for solo\n    metric members', '// the main goal\ngoal   grow "Grow membership"{\n  metric members /* counted monthly */\n  for solo'],
            ['benchmark 180 by 2027-03-31', 'benchmark 180 by 2027-Q1'],          // the same day, written as a quarter
            ['target 400 by 2027-12-31', 'target 400.0 by 2027-12'],             // the same value and day
            ['baseline 8% on 2027-01-01', 'baseline 8 on 2027-01'],              // % is optional on a % metric
            ['budget 500 per month', 'budget 500 USD per month'],                // the plan's currency, written out
            ['serves grow, reduce', 'serves reduce\n    serves grow'],
            ['attendee john, becki', 'attendee becki\n    attendee john']
        );
        expect(await diffTexts(PLAN, reformatted)).toEqual([]);
    });

    test('reordering declarations, benchmarks, reactions and check-in entries', async () => {
        const goalStart = PLAN.indexOf('goal grow');
        const goalEnd = PLAN.indexOf('goal reduce');
        const moved = PLAN.slice(0, goalStart) + PLAN.slice(goalEnd) + PLAN.slice(goalStart, goalEnd);
        const reordered = moved
            .replace('    benchmark 180 by 2027-03-31\n    benchmark 240 by 2027-06-30', '    benchmark 240 by 2027-06-30\n    benchmark 180 by 2027-03-31')
            .replace('        reaction webinar\n        reaction "Testimonial video"', '        reaction "Testimonial video"\n        reaction webinar')
            .replace('    grow 150 "Webinar spike"\n    reduce 7.5%', '    reduce 7.5%\n    grow 150 "Webinar spike"');
        expect(reordered).not.toBe(PLAN);
        expect(await diffTexts(PLAN, reordered)).toEqual([]);
    });
});

describe('goals', () => {
    test('a lowered target and a slipped deadline are regressions, with delta, percent and days', async () => {
        const changes = await diffTexts(PLAN, edit(['target 400 by 2027-12-31', 'target 350 by 2028-03-31']));
        expect(lines(changes)).toEqual([
            'goal grow: target lowered 400 → 350 (−50, −12.5%) [regression]',
            'goal grow: deadline slipped 91 days (2027-12-31 → 2028-03-31) [regression]'
        ]);
        expect(changes.map(({ field, old, new: now, change }) => ({ field, old, new: now, change }))).toEqual([
            { field: 'target', old: '400', new: '350', change: 'changed' },
            { field: 'deadline', old: '2027-12-31', new: '2028-03-31', change: 'changed' }
        ]);
    });

    test('a raised target and a deadline pulled in are improvements', async () => {
        expect(await changesAfter(['target 400 by 2027-12-31', 'target 500 by 2027-11-30'])).toEqual([
            'goal grow: target raised 400 → 500 (+100, +25%) [improvement]',
            'goal grow: deadline pulled in 31 days (2027-12-31 → 2027-11-30) [improvement]'
        ]);
    });

    test('direction-aware: on a decreasing goal a lower target is the more ambitious one', async () => {
        expect(await changesAfter(['target 4% by 2027-12-31', 'target 3% by 2027-12-31'])).toEqual([
            'goal reduce: target lowered 4% → 3% (−1 pt, −25%) [improvement]'
        ]);
        expect(await changesAfter(['target 4% by 2027-12-31', 'target 5% by 2027-12-31'])).toEqual([
            'goal reduce: target raised 4% → 5% (+1 pt, +25%) [regression]'
        ]);
        expect(await changesAfter(['benchmark 6% by 2027-06-30', 'benchmark 5% by 2027-06-30'])).toEqual([
            'goal reduce: benchmark by 2027-06-30 lowered 6% → 5% (−1 pt, −16.7%) [improvement]'
        ]);
    });

    test('without a baseline the direction is unknown, so a target change is neutral', async () => {
        const noBaseline = edit(['    baseline 120 on 2027-01-01\n', '']);
        expect(lines(await diffTexts(noBaseline, noBaseline.replace('target 400 by', 'target 300 by')))).toEqual([
            'goal grow: target lowered 400 → 300 (−100, −25%) (direction unknown: no baseline, or the goal changed direction)'
        ]);
    });

    test('a value that gains or loses its % is a change unless the metric is a % metric', async () => {
        expect(await changesAfter(['target 400 by', 'target 400% by'])).toEqual(['goal grow: target 400 → 400%']);
        expect(await changesAfter(['target 4% by', 'target 4 by'])).toEqual([]);
    });

    test('a target or deadline removed is a regression; added, an improvement', async () => {
        expect(await changesAfter(['    target 400 by 2027-12-31\n', ''])).toEqual([
            'goal grow: target 400 removed [regression]',
            'goal grow: deadline 2027-12-31 removed [regression]'
        ]);
        expect(await changesAfter(['target 400 by 2027-12-31', 'target 400'])).toEqual(['goal grow: deadline 2027-12-31 removed [regression]']);
        const undated = edit(['target 400 by 2027-12-31', 'target 400']);
        expect(lines(await diffTexts(undated, PLAN))).toEqual(['goal grow: deadline 2027-12-31 added [improvement]']);
    });

    test('benchmarks removed, added, moved in time and changed in value', async () => {
        expect(await changesAfter(['    benchmark 240 by 2027-06-30\n', ''])).toEqual(['goal grow: benchmark 240 by 2027-06-30 removed [regression]']);
        expect(await changesAfter(['    benchmark 240 by 2027-06-30\n', '    benchmark 240 by 2027-06-30\n    benchmark 320 by 2027-09-30\n'])).toEqual([
            'goal grow: benchmark 320 by 2027-09-30 added [improvement]'
        ]);
        expect(await changesAfter(['benchmark 240 by 2027-06-30', 'benchmark 240 by 2027-07-31'])).toEqual([
            'goal grow: benchmark 240 slipped 31 days (2027-06-30 → 2027-07-31) [regression]'
        ]);
        expect(await changesAfter(['benchmark 240 by 2027-06-30', 'benchmark 240 by 2027-05-31'])).toEqual([
            'goal grow: benchmark 240 pulled in 30 days (2027-06-30 → 2027-05-31) [improvement]'
        ]);
        expect(await changesAfter(['benchmark 180 by 2027-03-31', 'benchmark 160 by 2027-03-31'])).toEqual([
            'goal grow: benchmark by 2027-03-31 lowered 180 → 160 (−20, −11.1%) [regression]'
        ]);
    });

    test('an owner removed is a regression, added an improvement, changed neutral', async () => {
        expect(await changesAfter(['    owner becki\n', ''])).toEqual(['goal grow: owner becki removed [regression]']);
        const ownerless = edit(['    owner becki\n', '']);
        expect(lines(await diffTexts(ownerless, PLAN))).toEqual(['goal grow: owner becki added [improvement]']);
        expect(await changesAfter(['    owner becki\n', '    owner john\n'])).toEqual(['goal grow: owner becki → john']);
    });

    test('baseline, metric, alignment, avatars, title and cadence are neutral facts', async () => {
        expect(await changesAfter(
            ['baseline 120 on 2027-01-01', 'baseline 130 on 2027-01-01'],
            ['metric members\n    baseline', 'metric churn\n    baseline'],
            ['goal grow "Grow membership" {', 'goal grow "Grow paid membership" {\n    aligns reduce\n    review every 1 month'],
            ['    owner becki\n', '    owner becki\n    for solo\n']
        )).toEqual([
            'goal grow: title "Grow membership" → "Grow paid membership"',
            'goal grow: metric members → churn',
            'goal grow: baseline raised 120 → 130 (+10, +8.3%)',
            'goal grow: aligns reduce added',
            'goal grow: review every 1 month added'
        ]);
        expect(await changesAfter(['baseline 120 on 2027-01-01', 'baseline 120 on 2027-02-01'])).toEqual([
            'goal grow: baseline date moved 2027-01-01 → 2027-02-01 (31 days later)'
        ]);
    });

    test('a goal removed is a regression, a goal added an improvement', async () => {
        const extra = 'goal retain "Keep members 90 days" {\n    metric members\n    owner becki\n}\n';
        expect(lines(await diffTexts(PLAN, PLAN + extra))).toEqual(['goal retain: added "Keep members 90 days" [improvement]']);
        expect(lines(await diffTexts(PLAN + extra, PLAN))).toEqual(['goal retain: removed "Keep members 90 days" [regression]']);
    });

    test('check-ins added, changed and removed are reported on the goal they measure', async () => {
        const march = '\ncheckin 2027-03-01 {\n    grow 170 confidence high\n}\n';
        const changes = await diffTexts(PLAN, PLAN + march);
        expect(lines(changes)).toEqual(['goal grow: check-in 2027-03-01 added: 170 confidence high']);
        expect(changes[0]).toMatchObject({ field: 'checkin', new: '2027-03-01 170 confidence high', class: 'neutral' });
        expect(await changesAfter(['grow 150 "Webinar spike"', 'grow 155 "Webinar spike"'])).toEqual([
            'goal grow: check-in 2027-02-01 changed: 150 "Webinar spike" → 155 "Webinar spike"'
        ]);
        expect(await changesAfter(['    reduce 7.5%\n', ''])).toEqual(['goal reduce: check-in 2027-02-01 removed: 7.5%']);
    });

    test('check-ins in a file of their own are reported on the imported goal', async () => {
        const goals = { 'goals.smart': 'metric m "M" unit count\ngoal g "G" { metric m baseline 1 on 2027-01-01 target 9 by 2027-12-31 }' };
        const before = 'import "./goals.smart"\ncheckin 2027-02-01 { g 2 }\n';
        const after = 'import "./goals.smart"\ncheckin 2027-02-01 { g 2 }\ncheckin 2027-03-01 { g 4 }\n';
        expect(lines(await diffTexts(before, after, { oldImports: goals, newImports: goals }))).toEqual(['goal g: check-in 2027-03-01 added: 4']);
    });
});

describe('strategies, tactics and journeys', () => {
    test('strategy links and message', async () => {
        expect(await changesAfter(
            ['serves grow, reduce', 'serves grow'],
            ['audience solo', 'audience solo\n    addresses solo.admin'],
            ['message "Grow your practice"', 'message "Grow your coaching practice"']
        )).toEqual([
            'strategy advisor: serves reduce removed',
            'strategy advisor: addresses solo.admin added',
            'strategy advisor: message "Grow your practice" → "Grow your coaching practice"'
        ]);
    });

    test("a tactic's strategy removed is a regression, added an improvement, changed neutral", async () => {
        expect(await changesAfter(['    executes advisor\n', ''])).toEqual(['tactic webinar: executes advisor removed [regression]']);
        const loose = edit(['    executes advisor\n', '']);
        expect(lines(await diffTexts(loose, PLAN))).toEqual(['tactic webinar: executes advisor added [improvement]']);
        const twoStrategies = PLAN + 'strategy other "Other" { serves grow }\n';
        expect(lines(await diffTexts(twoStrategies, twoStrategies.replace('executes advisor', 'executes other')))).toEqual(['tactic webinar: executes advisor → other']);
    });

    test('a strategy removed while a tactic still executes it is a regression', async () => {
        const strategyStart = PLAN.indexOf('strategy advisor');
        const withoutStrategy = PLAN.slice(0, strategyStart) + PLAN.slice(PLAN.indexOf('tactic webinar'));
        expect(lines(await diffTexts(PLAN, withoutStrategy))).toEqual([
            'strategy advisor: removed "Trusted advisor" while 1 tactic webinar still executes it [regression]'
        ]);
        const unusedStrategy = PLAN + 'strategy spare "Spare" { serves grow }\n';
        expect(lines(await diffTexts(unusedStrategy, PLAN))).toEqual(['strategy spare: removed "Spare"']);
    });

    test('channel, owner, budget with its delta, span and moved metric', async () => {
        expect(await changesAfter(
            ['channel webinar\n    owner john', 'channel podcast\n    owner becki'],
            ['budget 500 per month', 'budget 450 per month'],
            ['from 2027-01-15 to 2027-12-15', 'from 2027-02-01 to 2027-12-15'],
            ['moves members', 'moves churn']
        )).toEqual([
            'tactic webinar: channel webinar → podcast',
            'tactic webinar: owner john → becki',
            'tactic webinar: budget lowered 500 → 450 USD per month (−50, −10%)',
            'tactic webinar: span 2027-01-15 to 2027-12-15 → 2027-02-01 to 2027-12-15 (starts 17 days later)',
            'tactic webinar: moves members → churn'
        ]);
        expect(await changesAfter(['budget 500 per month', 'budget 6000'])).toEqual(['tactic webinar: budget 500 USD per month → 6000 USD']);
    });

    test('journey steps added, removed and reordered, and reactions per step', async () => {
        expect(await changesAfter(
            ['    step join "Joins" {\n        reaction "Welcome call"\n    }\n', '    step stay "Stays" {\n        reaction "Win-back call"\n    }\n'],
            ['        reaction "Comparison sheet"\n', '        reaction "Comparison sheet"\n        reaction webinar\n        worst "Buys a cheap course"\n'],
            ['        reaction "Testimonial video"\n', '']
        )).toEqual([
            'journey buying: step join "Joins" removed',
            'journey buying.aware: reaction "Testimonial video" removed',
            'journey buying.compare: reaction webinar added',
            'journey buying.compare: worst "Buys a cheap course" added',
            'journey buying: step stay "Stays" added'
        ]);
        const awareStep = '    step aware "Hears about us" {\n        reaction webinar\n        reaction "Testimonial video"\n    }\n';
        const reordered = PLAN.replace(awareStep, '').replace('        reaction "Welcome call"\n    }\n', `        reaction "Welcome call"\n    }\n${awareStep}`);
        const changes = await diffTexts(PLAN, reordered);
        expect(lines(changes)).toEqual(['journey buying: steps reordered: aware, compare, join → compare, join, aware']);
        expect(changes[0]).toMatchObject({ field: 'steps', old: 'aware, compare, join', new: 'compare, join, aware' });
    });
});

describe('the other elements', () => {
    test('plan header: an owner removed is a regression; period, cadence and currency are neutral', async () => {
        expect(await changesAfter(
            ['    owner john\n    period 2027-01-01 to 2027-12-31\n    review every 2 weeks', '    period 2027-01-01 to 2028-03-31\n    review every 1 month']
        )).toEqual([
            'plan Acme 2027: owner john removed [regression]',
            'plan Acme 2027: period 2027-01-01 to 2027-12-31 → 2027-01-01 to 2028-03-31 (ends 91 days later)',
            'plan Acme 2027: review every 2 weeks → every 1 month'
        ]);
    });

    test('a changed plan currency changes the budgets written without one', async () => {
        expect(await changesAfter(['currency USD', 'currency EUR'])).toEqual([
            'plan Acme 2027: currency USD → EUR',
            'tactic webinar: budget 500 USD per month → 500 EUR per month'
        ]);
    });

    test("respelling a metric's unit % as percent is no change", async () => {
        expect(await changesAfter(['metric churn "Monthly churn" unit %', 'metric churn "Monthly churn" unit percent'])).toEqual([]);
    });

    test('people, avatars and their needs, swot, metrics, reviews and skills', async () => {
        expect(await changesAfter(
            ['person becki "Becki Hackett"', 'person becki "Becki Hackett" { role "Operations" }'],
            ['need admin "Less admin"', 'need admin "Less time on admin"\n    need growth "Growth"'],
            ['weakness "No email list"', 'weakness "A small email list"'],
            ['metric churn "Monthly churn" unit %', 'metric churn "Monthly churn" unit count'],
            ['decision "Move the webinar to Tuesdays"', 'decision "Move the webinar to Wednesdays"'],
            ['coach john', 'coach becki']
        )).toEqual([
            'person becki: role "Operations" added',
            'avatar solo.admin: title "Less admin" → "Less time on admin"',
            'avatar solo: need growth "Growth" added',
            'swot: weakness "No email list" removed',
            'swot: weakness "A small email list" added',
            'metric churn: unit % → count',
            'review 2027-02-14: decision "Move the webinar to Tuesdays" removed',
            'review 2027-02-14: decision "Move the webinar to Wednesdays" added',
            'skill discovery: coach john → becki'
        ].map(line => line.replace(/^swot: /, 'swot swot: ')));
    });
});

describe('renames', () => {
    test('an element with the same title and body under another name is renamed, and references follow it', async () => {
        const renamed = PLAN.replace(/\badvisor\b/g, 'guide').replace('"Trusted guide"', '"Trusted advisor"');
        const changes = await diffTexts(PLAN, renamed);
        expect(lines(changes)).toEqual(['strategy guide: renamed from advisor']);
        expect(changes[0]).toMatchObject({ kind: 'strategy', name: 'guide', change: 'renamed', old: 'advisor', new: 'guide', class: 'neutral' });
    });

    test('renaming a goal, the strategy serving it and the person owning it are three renames', async () => {
        const renamed = PLAN.replace(/\bgrow\b/g, 'growMembers').replace(/\badvisor\b/g, 'guide').replace(/\bbecki\b/g, 'rebecca')
            .replace('"Trusted guide"', '"Trusted advisor"');
        expect(lines(await diffTexts(PLAN, renamed))).toEqual([
            'person rebecca: renamed from becki',
            'goal growMembers: renamed from grow',
            'strategy guide: renamed from advisor'
        ]);
    });

    test('a new name with a changed body is a removal and an addition', async () => {
        const changed = PLAN.replace(/\bgrow\b/g, 'growMembers').replace('target 400 by', 'target 450 by');
        expect(lines(await diffTexts(PLAN, changed))).toEqual([
            'goal growMembers: added "Grow membership" [improvement]',
            'goal grow: removed "Grow membership" [regression]',
            'strategy advisor: serves grow removed',
            'strategy advisor: serves growMembers added'
        ]);
    });
});

describe('whole plans and the summary', () => {
    test('a plan absent on one side is every element added or removed', async () => {
        const small = 'person p "P"\ngoal g "G" { owner p }\n';
        expect(lines(await diffTexts(undefined, small))).toEqual(['person p: added "P"', 'goal g: added "G" [improvement]']);
        expect(lines(await diffTexts(small, undefined))).toEqual(['person p: removed "P"', 'goal g: removed "G" [regression]']);
    });

    test('the summary counts elements added, removed and changed, and regressions', async () => {
        const changes = await diffTexts(PLAN, edit(
            ['target 400 by 2027-12-31', 'target 350 by 2028-03-31'],
            ['message "Grow your practice"', 'message "Grow"'],
            ['person becki "Becki Hackett"', 'person maria "Maria Lopez"']
        ));
        expect(summarizeChanges(changes)).toEqual({ added: 1, removed: 1, changed: 2, regressions: 2 });
    });
});

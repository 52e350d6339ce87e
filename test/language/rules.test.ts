// The SMART rules, one by one: for every rule id of the catalogue, plans that trigger it
// (rule id, severity, line and covered text asserted) and near-misses that do not. Each
// plan is the clean base plan below with one thing changed, so each case isolates one rule.
// Then one plan committing each mistake once, and the faulty example kept honest.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runSmart } from '../cli/run-smart.js';
import { RULES, type Severity } from '@smart-plan/language';
import { buildPlans, findings, ruleIds, type Finding } from '../helpers.js';

// ---------------------------------------------------------------------------------------
// The base plan: complete and clean as of 2027-03-15 (the helpers' default today).
// ---------------------------------------------------------------------------------------

/** Block properties by keyword; a list repeats the keyword; null drops the property. */
type Properties = Record<string, string | string[] | null>;

interface PlanParts {
    /** The plan header's properties; null drops the header. */
    header: Properties | null;
    /** Lines right after the header: imports, comments. */
    top: string;
    people: string;
    avatar: Properties | null;
    metric: string;
    goal: Properties | null;
    strategy: Properties | null;
    tactic: Properties | null;
    journey: string;
    checkin: string;
    review: string;
    skill: Properties | null;
    /** Declarations appended at the end. */
    extra: string;
}

type Changes = { [K in keyof PlanParts]?: PlanParts[K] extends Properties | null ? Properties | null : string };

const BASE: PlanParts = {
    header: {
        owner: 'ann',
        period: '2027-01-01 to 2027-12-31',
        review: 'every 1 month',
        currency: 'USD'
    },
    top: '',
    people: 'person ann "Ann Lee"\nperson bob "Bob Ray"',
    avatar: { segment: '"Independent coaches"', need: ['leads "A steady flow of leads"'] },
    metric: 'metric members "Paid members" unit count',
    goal: {
        for: 'client',
        metric: 'members',
        baseline: '100 on 2027-01-01',
        benchmark: ['130 by 2027-03-01', '160 by 2027-06-30'],
        target: '200 by 2027-12-31',
        owner: 'ann'
    },
    strategy: {
        serves: 'grow',
        audience: 'client',
        addresses: 'client.leads',
        message: '"Grow your practice with a proven system"'
    },
    tactic: {
        executes: 'advise',
        owner: 'bob',
        budget: '100 USD per month',
        from: '2027-01-15 to 2027-12-15'
    },
    journey: 'journey buying for client {\n    step aware "Hears about us" { reaction webinar }\n}',
    checkin: 'checkin 2027-03-01 { grow 135 }',
    review: 'review 2027-03-01 "March review" { attendee ann }',
    skill: { coach: 'ann', supports: 'webinar' },
    extra: ''
};

function block(opening: string, properties: Properties | null): string {
    if (properties === null) {
        return '';
    }
    const lines = Object.entries(properties).flatMap(([keyword, value]) =>
        value === null ? [] : (Array.isArray(value) ? value : [value]).map(v => `    ${keyword} ${v}`));
    return `${opening} {\n${lines.join('\n')}\n}`;
}

function merge(base: Properties | null, change: Properties | null | undefined): Properties | null {
    if (change === undefined) {
        return base;
    }
    return change === null ? null : { ...base, ...change };
}

/** The base plan with the given parts changed (properties merged by keyword). */
function plan(changes: Changes = {}): string {
    const parts = { ...BASE } as PlanParts;
    for (const [key, value] of Object.entries(changes) as Array<[keyof PlanParts, unknown]>) {
        const current = BASE[key];
        (parts as unknown as Record<string, unknown>)[key] = typeof current === 'string' ? value : merge(current as Properties | null, value as Properties | null);
    }
    return [
        block('plan "Base plan"', parts.header),
        parts.top,
        parts.people,
        block('avatar client "Solo coach"', parts.avatar),
        parts.metric,
        block('goal grow "Grow paid membership"', parts.goal),
        block('strategy advise "Trusted advisor"', parts.strategy),
        block('tactic webinar "Monthly webinar"', parts.tactic),
        parts.journey,
        parts.checkin,
        parts.review,
        block('skill pitch "Pitch a coaching package"', parts.skill),
        parts.extra
    ].filter(part => part !== '').join('\n') + '\n';
}

/** A second, clean goal the base strategy can serve (for alignment cases). */
const PARENT_GOAL = `goal parent "Grow revenue" {
    for client
    metric members
    baseline 1000 on 2027-01-01
    benchmark 1300 by 2027-03-01
    target 2000 by 2027-12-31
    owner ann
}
checkin 2027-03-02 { parent 1310 }`;

/** People declared in a file of their own, for import cases. */
const PEOPLE_FILE = 'person cara "Cara Diaz" { role "Sales lead" }\n';

/** The base plan's people, avatar, metric, goal and check-in, in a file without a header. */
const GOALS_FILE = plan({ header: null, strategy: null, tactic: null, journey: '', review: '', skill: null });

/** The base strategy in a file of its own, importing the goals it serves. */
const STRATEGY_FILE = 'import "./goals.smart"\nstrategy advise "Trusted advisor" {\n    serves grow\n    audience client\n    addresses client.leads\n    message "Grow your practice"\n}\n';

// ---------------------------------------------------------------------------------------
// The case table: for every rule, triggers and near-misses.
// ---------------------------------------------------------------------------------------

type Files = Record<string, string>;

interface Where {
    /** Text found on exactly one line of the checked file: the line the diagnostic must start on. */
    line: string;
    /** The text the diagnostic covers. */
    text: string;
}

interface Trigger {
    why: string;
    /** One plan (checked as plan.smart), or several files. */
    plan: string | Files;
    /** The file whose diagnostics are checked (default plan.smart). */
    check?: string;
    today?: string;
    /** Where the rule reports, once per entry. */
    at: Where | Where[];
    /** What the message must say: the element at fault and what to change. */
    says: RegExp;
    /** Other rules the change unavoidably triggers too. */
    also?: string[];
}

interface NearMiss {
    why: string;
    plan: string | Files;
    check?: string;
    today?: string;
    /** Rules other than the one under test that this plan reports (default: none at all). */
    also?: string[];
}

interface RuleCase {
    severity: Severity;
    triggers: Trigger[];
    nearMisses: NearMiss[];
}

const CASES: Record<string, RuleCase> = {
    'goal-not-measurable': {
        severity: 'error',
        triggers: [
            { why: 'a goal without a metric', plan: plan({ goal: { metric: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is not measurable: add a 'metric'\./ },
            { why: 'a goal without a target', plan: plan({ goal: { target: null, benchmark: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is not measurable: add a 'target'\./, also: ['goal-not-time-bound'] }
        ],
        nearMisses: [
            { why: 'a metric without a unit is still a metric', plan: plan({ metric: 'metric members "Paid members"' }) }
        ]
    },
    'goal-not-time-bound': {
        severity: 'error',
        triggers: [
            { why: 'a target without a date', plan: plan({ goal: { target: '200' } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is not time-bound: give its target a deadline \('target 200 by DATE'\)/ },
            { why: 'no target at all', plan: plan({ goal: { target: null, benchmark: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is not time-bound: add a 'target VALUE by DATE'/, also: ['goal-not-measurable'] }
        ],
        nearMisses: [
            { why: 'a month is a target date (its last day)', plan: plan({ goal: { target: '200 by 2027-12' } }) },
            { why: 'a quarter is a target date (its last day)', plan: plan({ goal: { target: '200 by 2027-Q4' } }) }
        ]
    },
    'tactic-without-strategy': {
        severity: 'error',
        triggers: [
            { why: 'a tactic without executes', plan: plan({ tactic: { executes: null } }),
                at: { line: 'tactic webinar', text: 'webinar' }, says: /Tactic 'webinar' executes no strategy: add 'executes STRATEGY'/,
                also: ['strategy-without-tactic'] }
        ],
        nearMisses: [
            { why: 'a tactic executing a strategy declared in an imported file',
                plan: {
                    'goals.smart': GOALS_FILE,
                    'strategy.smart': STRATEGY_FILE,
                    'plan.smart': plan({ top: 'import "./goals.smart"\nimport "./strategy.smart"', people: '', avatar: null, metric: '', goal: null, checkin: '', strategy: null })
                } }
        ]
    },
    'goal-without-owner': {
        severity: 'warning',
        triggers: [
            { why: "a goal without an owner, though the plan has one", plan: plan({ goal: { owner: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' has no owner: add 'owner PERSON'.*plan's owner does not count/ }
        ],
        nearMisses: [
            { why: 'a goal owned by a person from an imported file',
                plan: { 'plan.smart': plan({ top: 'import "./people.smart"', goal: { owner: 'cara' } }), 'people.smart': PEOPLE_FILE } }
        ]
    },
    'goal-without-avatar': {
        severity: 'warning',
        triggers: [
            { why: 'no for, and the serving strategy has no audience', plan: plan({ goal: { for: null }, strategy: { audience: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' names no ideal client: add 'for AVATAR'/,
                also: ['strategy-without-audience'] },
            { why: 'no for, and no strategy serves it', plan: plan({ goal: { for: null }, strategy: { serves: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' names no ideal client/,
                also: ['goal-without-strategy', 'strategy-without-goal'] }
        ],
        nearMisses: [
            { why: "no for, but a serving strategy's audience names the avatar", plan: plan({ goal: { for: null } }) }
        ]
    },
    'goal-missing-baseline': {
        severity: 'warning',
        triggers: [
            { why: 'a goal without a baseline', plan: plan({ goal: { baseline: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' has no baseline: add 'baseline VALUE on DATE'/ }
        ],
        nearMisses: [
            { why: 'a baseline without a date is still a baseline', plan: plan({ goal: { baseline: '100' } }) }
        ]
    },
    'goal-without-benchmarks': {
        severity: 'warning',
        triggers: [
            { why: 'a year-long goal reviewed monthly with no benchmark', plan: plan({ goal: { benchmark: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' runs from 1 Jan 2027 to 31 Dec 2027, longer than its review period \(every 1 month\), with no benchmark: add 'benchmark VALUE by DATE'/ },
            { why: 'one day longer than the review period', plan: plan({ goal: { benchmark: null, target: '120 by 2027-02-02' } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow'.*every 1 month/ },
            { why: 'without any cadence the review period is one quarter', plan: plan({ header: { review: null }, goal: { benchmark: null, target: '120 by 2027-04-02' } }),
                at: { line: 'goal grow', text: 'grow' }, says: /every 1 quarter/, also: ['plan-without-review'] }
        ],
        nearMisses: [
            { why: 'baseline and target exactly one review period apart', plan: plan({ goal: { benchmark: null, target: '120 by 2027-02-01' } }) },
            { why: "the goal's own cadence wins over the plan's", plan: plan({ goal: { benchmark: null, review: 'every 4 quarters' } }) },
            { why: 'one quarter apart without any cadence', plan: plan({ header: { review: null }, goal: { benchmark: null, target: '120 by 2027-04-01' } }),
                also: ['plan-without-review'] }
        ]
    },
    'benchmark-not-monotonic': {
        severity: 'error',
        triggers: [
            { why: 'an increasing goal whose benchmark goes back', plan: plan({ goal: { benchmark: ['130 by 2027-03-01', '125 by 2027-06-30'] } }),
                at: { line: 'benchmark 125', text: '125' }, says: /Benchmark 125 by 30 Jun 2027 of goal 'grow' does not move toward the target: it goes back from the benchmark 130 by 1 Mar 2027/ },
            { why: 'a benchmark past the target', plan: plan({ goal: { benchmark: ['130 by 2027-03-01', '210 by 2027-06-30'] } }),
                at: { line: 'benchmark 210', text: '210' }, says: /Benchmark 210 .* goes past the target 200/ },
            { why: 'a decreasing goal whose benchmark goes up', plan: plan({ goal: { baseline: '200 on 2027-01-01', benchmark: ['170 by 2027-03-01', '175 by 2027-06-30'], target: '120 by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 165 }' }),
                at: { line: 'benchmark 175', text: '175' }, says: /Benchmark 175 .* goes back from the benchmark 170/ }
        ],
        nearMisses: [
            { why: 'a decreasing goal with decreasing benchmarks', plan: plan({ goal: { baseline: '200 on 2027-01-01', benchmark: ['170 by 2027-03-01', '150 by 2027-06-30'], target: '120 by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 165 }' }) },
            { why: 'benchmarks written out of date order but monotonic by date', plan: plan({ goal: { benchmark: ['160 by 2027-06-30', '130 by 2027-03-01'] } }) },
            { why: 'a benchmark equal to the target on the target date', plan: plan({ goal: { benchmark: ['130 by 2027-03-01', '200 by 2027-12-31'] } }) }
        ]
    },
    'benchmark-outside-span': {
        severity: 'error',
        triggers: [
            { why: 'a benchmark after the target date', plan: plan({ goal: { benchmark: ['130 by 2027-03-01', '160 by 2028-01-31'] } }),
                at: { line: 'benchmark 160', text: '2028-01-31' }, says: /Benchmark 31 Jan 2028 of goal 'grow' is after its deadline \(31 Dec 2027\)/ },
            { why: 'a benchmark before the baseline date', plan: plan({ goal: { baseline: '100 on 2027-01-15', benchmark: ['100 by 2027-01-14', '130 by 2027-03-01'] } }),
                at: { line: 'benchmark 100', text: '2027-01-14' }, says: /Benchmark 14 Jan 2027 of goal 'grow' is before its baseline \(15 Jan 2027\)/ }
        ],
        nearMisses: [
            { why: 'a benchmark exactly on the baseline date', plan: plan({ goal: { benchmark: ['100 by 2027-01-01', '130 by 2027-03-01'] } }) },
            { why: 'a benchmark exactly on the target date', plan: plan({ goal: { benchmark: ['130 by 2027-03-01', '200 by 2027-12-31'] } }) },
            { why: 'a month benchmark ends on the target date', plan: plan({ goal: { benchmark: ['130 by 2027-03-01', '200 by 2027-12'] } }) }
        ]
    },
    'target-unreasonable': {
        severity: 'warning',
        triggers: [
            { why: '100 to 2000 in a year is +28% a month', plan: plan({ goal: { benchmark: ['130 by 2027-03-01'], target: '2000 by 2027-12-31' } }),
                at: { line: 'target 2000', text: '2000 by 2027-12-31' }, says: /Goal 'grow' needs \+28\.\d% a month from 100 to 2,000, above the 25\.0% a month deemed reasonable \(maxMonthlyGrowth\): lower the target or move the deadline out/,
                also: ['goal-forecast-short'] },
            { why: 'a decline from 1000 to 10 in a year is −32% a month', plan: plan({ goal: { baseline: '1000 on 2027-01-01', benchmark: ['800 by 2027-03-01'], target: '10 by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 790 }' }),
                at: { line: 'target 10', text: '10 by 2027-12-31' }, says: /Goal 'grow' needs −3\d\.\d% a month .* \(maxMonthlyDecline\)/ }
        ],
        nearMisses: [
            { why: 'the reverse decline, 2000 to 100 in a year, is −22% a month: within maxMonthlyDecline',
                plan: plan({ goal: { baseline: '2000 on 2027-01-01', benchmark: ['1800 by 2027-03-01'], target: '100 by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 1790 }' }),
                also: ['goal-forecast-short'] },
            { why: '100 to 1000 in a year is +21% a month', plan: plan({ goal: { target: '1000 by 2027-12-31' } }), also: ['goal-forecast-short'] }
        ]
    },
    'goal-without-strategy': {
        severity: 'warning',
        triggers: [
            { why: 'the only strategy serves nothing', plan: plan({ strategy: { serves: null } }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is served by no strategy: add it to a strategy's 'serves'/,
                also: ['strategy-without-goal'] },
            { why: 'the strategy serves another goal', plan: plan({ strategy: { serves: 'parent' }, extra: PARENT_GOAL }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is served by no strategy/ }
        ],
        nearMisses: [
            { why: 'a goal served by a strategy in another file that imports it', check: 'goals.smart',
                plan: {
                    'goals.smart': GOALS_FILE,
                    'plan.smart': plan({ top: 'import "./goals.smart"', people: '', avatar: null, metric: '', goal: null, checkin: '' })
                } }
        ]
    },
    'goal-alignment-cycle': {
        severity: 'error',
        triggers: [
            { why: 'two goals aligning to each other', plan: plan({ goal: { aligns: 'parent' }, strategy: { serves: 'grow, parent' }, extra: PARENT_GOAL.replace('owner ann', 'owner ann\n    aligns grow') }),
                at: [{ line: 'aligns parent', text: 'parent' }, { line: 'aligns grow', text: 'grow' }], says: /Goal '(grow|parent)' aligns in a circle \((grow → parent → grow|parent → grow → parent)\): 'aligns' must point up to a parent goal/ },
            { why: 'a goal aligning to itself', plan: plan({ goal: { aligns: 'grow' } }),
                at: { line: 'aligns grow', text: 'grow' }, says: /Goal 'grow' aligns in a circle \(grow → grow\)/ }
        ],
        nearMisses: [
            { why: 'a goal aligning to a parent that aligns nowhere', plan: plan({ goal: { aligns: 'parent' }, strategy: { serves: 'grow, parent' }, extra: PARENT_GOAL }) }
        ]
    },
    'deadline-outside-period': {
        severity: 'warning',
        triggers: [
            { why: 'a deadline after the period end', plan: plan({ goal: { target: '200 by 2028-03-31' } }),
                at: { line: 'target 200', text: '2028-03-31' }, says: /Goal 'grow' is due 31 Mar 2028, outside the plan period 1 Jan 2027 to 31 Dec 2027: move the deadline or widen the period/ }
        ],
        nearMisses: [
            { why: 'a quarter deadline ending on the period end', plan: plan({ goal: { target: '200 by 2027-Q4' } }) },
            { why: 'a file without a period', plan: plan({ header: { period: null }, goal: { target: '200 by 2028-03-31' } }) }
        ]
    },
    'strategy-without-goal': {
        severity: 'warning',
        triggers: [
            { why: 'a strategy without serves', plan: plan({ strategy: { serves: null } }),
                at: { line: 'strategy advise', text: 'advise' }, says: /Strategy 'advise' serves no goal: add 'serves GOAL'/, also: ['goal-without-strategy'] }
        ],
        nearMisses: [
            { why: 'a strategy serving a goal of an imported file', check: 'plan.smart',
                plan: {
                    'goals.smart': GOALS_FILE,
                    'plan.smart': plan({ top: 'import "./goals.smart"', people: '', avatar: null, metric: '', goal: null, checkin: '' })
                } }
        ]
    },
    'strategy-without-audience': {
        severity: 'warning',
        triggers: [
            { why: 'a strategy without audience', plan: plan({ strategy: { audience: null } }),
                at: { line: 'strategy advise', text: 'advise' }, says: /Strategy 'advise' has no audience: add 'audience AVATAR'/ }
        ],
        nearMisses: [
            { why: 'an audience written over two lines', plan: plan({ strategy: { audience: ['client', 'client'] } }) }
        ]
    },
    'strategy-without-message': {
        severity: 'warning',
        triggers: [
            { why: 'a strategy with a proposition but no message', plan: plan({ strategy: { message: null, proposition: '"Coaching plus a community"' } }),
                at: { line: 'strategy advise', text: 'advise' }, says: /Strategy 'advise' has no message: add 'message "\.\.\."'/ }
        ],
        nearMisses: [
            { why: 'the same strategy with a message beside its proposition', plan: plan({ strategy: { proposition: '"Coaching plus a community"' } }) }
        ]
    },
    'strategy-without-tactic': {
        severity: 'warning',
        triggers: [
            { why: 'a second strategy no tactic executes', plan: plan({ extra: 'strategy referrals "Referrals" {\n    serves grow\n    audience client\n    message "Bring a friend"\n}' }),
                at: { line: 'strategy referrals', text: 'referrals' }, says: /Strategy 'referrals' is executed by no tactic: add a tactic with 'executes referrals'/ }
        ],
        nearMisses: [
            { why: 'a strategy executed only by a tactic in a file that imports it', check: 'plan.smart',
                plan: {
                    'plan.smart': plan({ extra: 'strategy referrals "Referrals" {\n    serves grow\n    audience client\n    message "Bring a friend"\n}' }),
                    'unit.smart': 'import "./plan.smart"\ntactic flyers "Flyers" {\n    executes referrals\n    owner ann\n}\n'
                } }
        ]
    },
    'tactic-without-owner': {
        severity: 'warning',
        triggers: [
            { why: 'a tactic without owner', plan: plan({ tactic: { owner: null } }),
                at: { line: 'tactic webinar', text: 'webinar' }, says: /Tactic 'webinar' has no owner: add 'owner PERSON'/ }
        ],
        nearMisses: [
            { why: 'a tactic owned by the plan owner', plan: plan({ tactic: { owner: 'ann' } }) }
        ]
    },
    'avatar-unused': {
        severity: 'warning',
        triggers: [
            { why: 'a second avatar nothing refers to', plan: plan({ extra: 'avatar leader "Team leader" { need reach "Reach" }' }),
                at: { line: 'avatar leader', text: 'leader' }, says: /Avatar 'leader' is not used: refer to it from a goal \('for'\), a strategy \('audience'\) or a journey/,
                also: ['need-unaddressed'] }
        ],
        nearMisses: [
            { why: 'an avatar used only via a journey', plan: plan({ extra: 'avatar leader "Team leader" { need reach "Reach" }\njourney leading for leader {\n    step meet "Meets us" { reaction "Flyer" }\n}' }),
                also: ['need-unaddressed'] },
            { why: "an avatar used only as a strategy's audience", plan: plan({ extra: 'avatar leader "Team leader" { need reach "Reach" }', strategy: { audience: 'client, leader' } }),
                also: ['need-unaddressed'] }
        ]
    },
    'avatar-without-needs': {
        severity: 'warning',
        triggers: [
            { why: 'an avatar without need', plan: plan({ avatar: { need: null }, strategy: { addresses: null } }),
                at: { line: 'avatar client', text: 'client' }, says: /Avatar 'client' declares no need: add 'need NAME "\.\.\."'/ }
        ],
        nearMisses: [
            { why: 'an avatar with a need and nothing else', plan: plan({ avatar: { segment: null } }) }
        ]
    },
    'need-unaddressed': {
        severity: 'info',
        triggers: [
            { why: 'a second need no strategy addresses', plan: plan({ avatar: { need: ['leads "A steady flow of leads"', 'admin "Less admin"'] } }),
                at: { line: 'need admin', text: 'admin' }, says: /Need 'client\.admin' is addressed by no strategy: add 'addresses client\.admin'/ }
        ],
        nearMisses: [
            { why: 'both needs addressed in one comma-separated list', plan: plan({ avatar: { need: ['leads "A steady flow of leads"', 'admin "Less admin"'] }, strategy: { addresses: 'client.leads, client.admin' } }) },
            { why: 'a need addressed by a strategy in a file that imports it', check: 'plan.smart',
                plan: {
                    'plan.smart': plan({ avatar: { need: ['leads "A steady flow of leads"', 'admin "Less admin"'] } }),
                    'unit.smart': 'import "./plan.smart"\nstrategy tidy "Tidy" {\n    serves grow\n    audience client\n    addresses client.admin\n    message "Less admin"\n}\ntactic mail "Mail" { executes tidy owner ann }\n'
                } }
        ]
    },
    'step-without-reaction': {
        severity: 'warning',
        triggers: [
            { why: 'a step with a stakeholder but no reaction', plan: plan({ journey: 'journey buying for client {\n    step aware "Hears about us" { reaction webinar }\n    step compare "Compares offers" { stakeholder "Spouse" }\n}' }),
                at: { line: 'step compare', text: 'compare' }, says: /Step 'compare' has no reaction: add 'reaction TACTIC' or 'reaction "asset"'/ }
        ],
        nearMisses: [
            { why: 'a reaction naming an asset', plan: plan({ journey: 'journey buying for client {\n    step aware "Hears about us" { reaction webinar }\n    step compare "Compares offers" { stakeholder "Spouse" reaction "Comparison sheet" }\n}' }) }
        ]
    },
    'plan-without-review': {
        severity: 'warning',
        triggers: [
            { why: 'a plan header without review every', plan: plan({ header: { review: null } }),
                at: { line: 'plan "Base plan"', text: 'plan' }, says: /Plan "Base plan" has no review cadence: add 'review every 2 weeks'/ }
        ],
        nearMisses: [
            { why: 'a file without a plan header', plan: plan({ header: null }) },
            { why: 'a quarterly cadence', plan: plan({ header: { review: 'every 1 quarter' } }) }
        ]
    },
    'review-overdue': {
        severity: 'warning',
        triggers: [
            { why: 'the last review one month and a day ago', plan: plan({ review: 'review 2027-02-14 "February review" { attendee ann }' }),
                at: { line: 'review every 1 month', text: 'every 1 month' }, says: /The last review was on 14 Feb 2027 and the plan reviews every 1 month: a review was due by 14 Mar 2027/ },
            { why: 'no review since the period start', plan: plan({ review: '' }),
                at: { line: 'review every 1 month', text: 'every 1 month' }, says: /No review is recorded since the period start \(1 Jan 2027\).*due by 1 Feb 2027/ },
            { why: 'a review planned after today does not count', plan: plan({ review: 'review 2027-03-20 "Planned review" { attendee ann }' }),
                at: { line: 'review every 1 month', text: 'every 1 month' }, says: /No review is recorded since the period start/, also: ['dated-in-future'] }
        ],
        nearMisses: [
            { why: 'a review exactly one cadence before today', plan: plan({ review: 'review 2027-02-15 "February review" { attendee ann }' }) },
            { why: 'no review yet, today exactly one cadence after the period start', plan: plan({ review: '' }), today: '2027-02-01', also: ['dated-in-future'] }
        ]
    },
    'goal-behind': {
        severity: 'warning',
        triggers: [
            { why: '11 behind the expected 130, tolerance 10', plan: plan({ checkin: 'checkin 2027-03-01 { grow 119 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is behind: 119 on 1 Mar 2027, where the plan expected 130 by then\. Review the tactics/ },
            { why: 'a decreasing goal above its path', plan: plan({ goal: { baseline: '200 on 2027-01-01', benchmark: ['170 by 2027-03-01', '150 by 2027-06-30'], target: '100 by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 181 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is behind: 181 on 1 Mar 2027, where the plan expected 170/ },
            { why: 'a count is expected in whole numbers (125.42 reads 125)', plan: plan({ checkin: 'checkin 2027-02-20 { grow 110 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /^Goal 'grow' is behind: 110 on 20 Feb 2027, where the plan expected 125 by then\./, also: ['goal-forecast-short'] },
            { why: 'money reads with its currency and thousands separated',
                plan: plan({ metric: 'metric members "Monthly revenue" unit USD', goal: { baseline: '10000 on 2027-01-01', benchmark: ['13000 by 2027-03-01'], target: '20000 by 2027-12-31' }, checkin: 'checkin 2027-02-20 { grow 11000 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /^Goal 'grow' is behind: 11,000 USD on 20 Feb 2027, where the plan expected 12,542 USD by then\./, also: ['goal-forecast-short'] }
        ],
        nearMisses: [
            { why: 'exactly the tolerance behind is at risk, not behind', plan: plan({ checkin: 'checkin 2027-03-01 { grow 120 }' }), also: ['goal-at-risk'] },
            { why: 'a decreasing goal below its path is on track', plan: plan({ goal: { baseline: '200 on 2027-01-01', benchmark: ['170 by 2027-03-01', '150 by 2027-06-30'], target: '100 by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 165 }' }) }
        ]
    },
    'goal-at-risk': {
        severity: 'info',
        triggers: [
            { why: 'exactly the tolerance behind', plan: plan({ checkin: 'checkin 2027-03-01 { grow 120 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is at risk: 120 on 1 Mar 2027, where the plan expected 130 by then\. Watch it/ },
            { why: 'one behind', plan: plan({ checkin: 'checkin 2027-03-01 { grow 129 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' is at risk: 129/ }
        ],
        nearMisses: [
            { why: 'exactly on the planned path is on track', plan: plan({ checkin: 'checkin 2027-03-01 { grow 130 }' }) },
            { why: 'just past the tolerance is behind, not at risk', plan: plan({ checkin: 'checkin 2027-03-01 { grow 119 }' }), also: ['goal-behind'] }
        ]
    },
    'goal-missed': {
        severity: 'error',
        triggers: [
            { why: 'the deadline passed short of the target', plan: plan({ goal: { benchmark: ['110 by 2027-02-01'], target: '130 by 2027-02-28' }, checkin: 'checkin 2027-03-01 { grow 125 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' missed its deadline 28 Feb 2027: 125 on 1 Mar 2027, short of the target 130\. Record the result/ },
            { why: 'the deadline passed with no check-in at all', plan: plan({ goal: { benchmark: ['110 by 2027-02-01'], target: '130 by 2027-02-28' }, checkin: '' }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' missed its deadline 28 Feb 2027: no check-in/, also: ['checkin-stale'] }
        ],
        nearMisses: [
            { why: 'the target reached exactly, after the deadline, is done', plan: plan({ goal: { benchmark: ['110 by 2027-02-01'], target: '130 by 2027-02-28' }, checkin: 'checkin 2027-03-01 { grow 130 }' }) },
            { why: 'the deadline is today', plan: plan({ goal: { benchmark: ['110 by 2027-02-01'], target: '130 by 2027-03-15' }, checkin: 'checkin 2027-03-01 { grow 125 }' }) }
        ]
    },
    'checkin-stale': {
        severity: 'info',
        triggers: [
            { why: 'the latest check-in more than a month before today', plan: plan({ checkin: 'checkin 2027-02-10 { grow 135 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /Goal 'grow' has had no check-in since 10 Feb 2027, longer than its review cadence \(every 1 month\): add 'checkin DATE \{ grow VALUE \}'/ },
            { why: 'no check-in since the baseline date', plan: plan({ checkin: '' }),
                at: { line: 'goal grow', text: 'grow' }, says: /no check-in since 1 Jan 2027/ },
            { why: "the goal's own cadence is shorter than the plan's", plan: plan({ goal: { review: 'every 1 week' } }),
                at: { line: 'goal grow', text: 'grow' }, says: /since 1 Mar 2027, longer than its review cadence \(every 1 week\)/ }
        ],
        nearMisses: [
            { why: 'the latest check-in exactly one cadence before today', plan: plan({ checkin: 'checkin 2027-02-15 { grow 135 }' }) },
            { why: 'an old check-in on a goal that is done', plan: plan({ checkin: 'checkin 2027-02-10 { grow 200 }' }) },
            { why: 'no cadence anywhere', plan: plan({ header: { review: null }, checkin: 'checkin 2027-02-10 { grow 135 }' }), also: ['plan-without-review'] }
        ]
    },
    'checkin-outside-span': {
        severity: 'warning',
        triggers: [
            { why: 'a check-in before the baseline date', plan: plan({ extra: 'checkin 2026-12-15 { grow 95 }' }),
                at: { line: 'checkin 2026-12-15', text: 'grow' }, says: /This check-in of goal 'grow' is dated 15 Dec 2026, before its baseline \(1 Jan 2027\)/ }
        ],
        nearMisses: [
            { why: 'a check-in on the baseline date', plan: plan({ extra: 'checkin 2027-01-01 { grow 100 }' }) }
        ]
    },
    'unit-mismatch': {
        severity: 'error',
        triggers: [
            { why: 'a % check-in value on a count metric', plan: plan({ checkin: 'checkin 2027-03-01 { grow 135% }' }),
                at: { line: 'checkin 2027-03-01', text: '135%' }, says: /The check-in value 135% of goal 'grow' is a percentage, but its metric 'members' counts in count: drop the '%'/ },
            { why: 'a % target on a count metric', plan: plan({ goal: { target: '200% by 2027-12-31' } }),
                at: { line: 'target 200%', text: '200%' }, says: /The target of goal 'grow' is a percentage, but its metric 'members' counts in count/ },
            { why: "a budget in another currency than the plan's", plan: plan({ tactic: { budget: '100 EUR per month' } }),
                at: { line: 'budget 100 EUR', text: 'EUR' }, says: /The budget of tactic 'webinar' is in EUR, but the plan counts in USD: write it in USD/ }
        ],
        nearMisses: [
            { why: '% values on a % metric', plan: plan({ metric: 'metric members "Active member share" unit %', goal: { baseline: '40% on 2027-01-01', benchmark: ['46% by 2027-03-01', '50% by 2027-06-30'], target: '60% by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 47% }' }) },
            { why: 'on a % metric the % is optional', plan: plan({ metric: 'metric members "Active member share" unit %', goal: { baseline: '40% on 2027-01-01', benchmark: ['46% by 2027-03-01', '50% by 2027-06-30'], target: '60% by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 47 }' }) },
            { why: "'unit percent' (or percentage, pct, any case) is the same as 'unit %'", plan: plan({ metric: 'metric members "Active member share" unit Percent', goal: { baseline: '40% on 2027-01-01', benchmark: ['46% by 2027-03-01', '50% by 2027-06-30'], target: '60% by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 47% }' }) },
            { why: "a budget in the plan's currency, or none", plan: plan({ tactic: { budget: '100 per month' } }) },
            { why: 'a budget in any currency when the plan fixes none', plan: plan({ header: { currency: null }, tactic: { budget: '100 EUR per month' } }) }
        ]
    },
    'invalid-date': {
        severity: 'error',
        triggers: [
            { why: 'a day that does not exist', plan: plan({ extra: 'review 2027-02-29 "Leap review" { attendee ann }' }),
                at: { line: 'review 2027-02-29', text: '2027-02-29' }, says: /'2027-02-29' is not a real date: February 2027 has no day 29/ },
            { why: 'a tactic span ending before it starts', plan: plan({ tactic: { from: '2027-12-15 to 2027-01-15' } }),
                at: { line: 'from 2027-12-15', text: '2027-01-15' }, says: /The tactic span ends \(15 Jan 2027\) before it starts \(15 Dec 2027\)/ },
            { why: 'a period ending before it starts', plan: plan({ header: { period: '2027-12-31 to 2027-01-01' } }),
                at: { line: 'period 2027-12-31', text: '2027-01-01' }, says: /The plan period ends \(1 Jan 2027\) before it starts \(31 Dec 2027\)/ },
            { why: 'a quarter that does not exist', plan: plan({ goal: { target: '200 by 2027-Q5' } }),
                at: { line: 'target 200', text: '2027-Q5' }, says: /'2027-Q5' is not a real date/ }
        ],
        nearMisses: [
            { why: 'a leap day', plan: plan({ extra: 'review 2028-02-29 "Leap review" { attendee ann }' }), also: ['dated-in-future'] },
            { why: 'a one-month tactic span (first to last day)', plan: plan({ tactic: { from: '2027-03 to 2027-03' } }) }
        ]
    },
    'duplicate-property': {
        severity: 'error',
        triggers: [
            { why: 'a goal with two owners', plan: plan({ people: `${BASE.people}\nperson dan "Dan Roe"`, goal: { owner: ['ann', 'dan'] } }),
                at: { line: 'owner dan', text: 'dan' }, says: /Goal 'grow' has 'owner' 2 times: keep one/ },
            { why: 'a plan header with two currencies', plan: plan({ header: { currency: ['USD', 'EUR'] } }),
                at: { line: 'currency EUR', text: 'EUR' }, says: /Plan has 'currency' 2 times/ }
        ],
        nearMisses: [
            { why: '`for` may repeat', plan: plan({ goal: { for: ['client', 'client'] } }) },
            { why: '`benchmark` may repeat', plan: plan({ goal: { benchmark: ['130 by 2027-03-01', '160 by 2027-06-30', '180 by 2027-09-30'] } }) }
        ]
    },
    'duplicate-checkin': {
        severity: 'error',
        triggers: [
            { why: 'two check-ins of the same date', plan: plan({ extra: 'checkin 2027-03-01 { grow 136 }' }),
                at: { line: 'grow 136', text: 'grow' }, says: /Goal 'grow' is checked in twice on 1 Mar 2027 \(first on line \d+\): keep one value per goal and date/ },
            { why: 'a month is its last day: 2027-03 and 2027-03-31 are one date', plan: plan({ checkin: 'checkin 2027-02-28 { grow 130 }\ncheckin 2027-03 { grow 132 }', extra: 'checkin 2027-03-31 { grow 131 }' }),
                at: { line: 'grow 131', text: 'grow' }, says: /checked in twice on 31 Mar 2027/, also: ['dated-in-future', 'dated-in-future'] }
        ],
        nearMisses: [
            { why: 'the same goal on the next day', plan: plan({ extra: 'checkin 2027-03-02 { grow 136 }' }) }
        ]
    },
    'duplicate-name': {
        severity: 'error',
        triggers: [
            { why: 'a person named like the avatar', plan: plan({ extra: 'person client "Client Contact"' }),
                at: { line: 'person client', text: 'client' }, says: /The name 'client' is already used in this file by the avatar 'client' on line \d+: rename one of them/ },
            { why: 'a local name colliding with an imported one',
                plan: { 'plan.smart': plan({ top: 'import "./people.smart"', extra: 'person cara "Cara Local"' }), 'people.smart': PEOPLE_FILE },
                at: { line: 'person cara', text: 'cara' }, says: /The person 'cara' collides with 'cara' imported from "\.\/people\.smart": rename one of them/ },
            { why: 'the same name declared by two imported files',
                plan: { 'plan.smart': plan({ top: 'import "./people.smart"\nimport "./partners.smart"' }), 'people.smart': PEOPLE_FILE, 'partners.smart': 'person cara "Cara Diaz, partner"\n' },
                at: { line: 'import "./partners.smart"', text: '"./partners.smart"' }, says: /'cara' is declared by both "\.\/people\.smart" and "\.\/partners\.smart": rename it in one of them/ }
        ],
        nearMisses: [
            { why: 'a journey step named like a goal: step names are scoped to their journey', plan: plan({ journey: 'journey buying for client {\n    step grow "Grows with us" { reaction webinar }\n}' }) },
            { why: 'two avatars with a need of the same name', plan: plan({ extra: 'avatar leader "Team leader" { need leads "Leads for the team" }', strategy: { audience: 'client, leader', addresses: 'client.leads, leader.leads' } }) }
        ]
    },
    'unresolved-import': {
        severity: 'error',
        triggers: [
            { why: 'an import of a missing file', plan: plan({ top: 'import "./missing.smart"' }),
                at: { line: 'import', text: '"./missing.smart"' }, says: /The import "\.\/missing\.smart" does not exist/ },
            { why: 'an import of something else than a .smart file', plan: plan({ top: 'import "./notes.txt"' }),
                at: { line: 'import', text: '"./notes.txt"' }, says: /The import "\.\/notes\.txt" is not a \.smart file/ },
            { why: 'an import cycle', plan: { 'plan.smart': plan({ top: 'import "./people.smart"', goal: { owner: 'cara' } }), 'people.smart': `import "./plan.smart"\n${PEOPLE_FILE}` },
                at: { line: 'import', text: '"./people.smart"' }, says: /The import "\.\/people\.smart" makes an import cycle \(plan\.smart → people\.smart → plan\.smart\)/ }
        ],
        nearMisses: [
            { why: 'an import in a sub-folder', plan: { 'plan.smart': plan({ top: 'import "./shared/people.smart"', goal: { owner: 'cara' } }), 'shared/people.smart': PEOPLE_FILE } }
        ]
    },
    'skill-without-coach': {
        severity: 'warning',
        triggers: [
            { why: 'a skill without coach', plan: plan({ skill: { coach: null } }),
                at: { line: 'skill pitch', text: 'pitch' }, says: /Skill 'pitch' has no coach: add 'coach PERSON'/ }
        ],
        nearMisses: [
            { why: 'a coach and no supported tactic', plan: plan({ skill: { supports: null } }) }
        ]
    },
    'goal-forecast-short': {
        severity: 'info',
        triggers: [
            { why: 'on track so far, but at this pace short of the target by far more than the tolerance',
                plan: plan({ goal: { benchmark: ['105 by 2027-03-01', '160 by 2027-06-30'], target: '400 by 2027-12-31' }, checkin: 'checkin 2027-03-01 { grow 106 }' }),
                at: { line: 'goal grow', text: 'grow' },
                says: /Goal 'grow' is forecast to reach 137 by 31 Dec 2027 at its pace so far, short of the target 400: it would reach 400 on 29 Jan 2035; it needs \+30\.\d a month from here\./ },
            { why: 'a decreasing goal on track at its last check-in, whose line points away from the target (no eta)',
                plan: plan({ goal: { baseline: '200 on 2027-01-01', benchmark: ['195 by 2027-03-01', '160 by 2027-06-30'], target: '100 by 2027-12-31' }, checkin: 'checkin 2027-01-02 { grow 150 }\ncheckin 2027-03-10 { grow 180 }' }),
                at: { line: 'goal grow', text: 'grow' }, says: /short of the target 100: at this pace it never reaches it; it needs −\d+\.\d+ a month from here\./ }
        ],
        nearMisses: [
            { why: 'short of the target, but by less than the tolerance', plan: plan({ goal: { benchmark: ['112 by 2027-03-01', '160 by 2027-06-30'] }, checkin: 'checkin 2027-03-01 { grow 115.4 }' }) },
            { why: 'a goal that is done has no forecast', plan: plan({ checkin: 'checkin 2027-03-01 { grow 201 }' }) }
        ]
    },
    'dated-in-future': {
        severity: 'info',
        triggers: [
            { why: 'a check-in dated next year', plan: plan({ extra: 'checkin 2028-02-01 { grow 140 }' }),
                at: { line: 'checkin 2028-02-01', text: '2028-02-01' }, says: /This check-in is dated 2028-02-01, after today \(2027-03-15\): its values do not count until then\. Did you mean 2027-02-01\?/ },
            { why: 'a review dated in the future, with no year that fits the plan period before today', plan: plan({ extra: 'review 2027-06-30 "Mid-year review" { attendee ann }' }),
                at: { line: 'review 2027-06-30', text: '2027-06-30' }, says: /^The review "Mid-year review" is dated 2027-06-30, after today \(2027-03-15\): it does not count as held until then\.$/ }
        ],
        nearMisses: [
            { why: 'a check-in dated today', plan: plan({ extra: 'checkin 2027-03-15 { grow 140 }' }) },
            { why: 'a review held yesterday', plan: plan({ extra: 'review 2027-03-14 "Quick review" { attendee bob }' }) }
        ]
    },
    'unresolved-reference': {
        severity: 'error',
        triggers: [
            { why: 'an owner nobody declared', plan: plan({ goal: { owner: 'nobody' } }),
                at: { line: 'owner nobody', text: 'nobody' }, says: /No person named 'nobody' is visible here: fix the name, declare the person, or import the file that declares it/ },
            { why: 'a decision about a goal nobody declared', plan: plan({ review: 'review 2027-03-01 "March review" {\n    attendee ann\n    decision "Lower the target" about grwo\n}' }),
                at: { line: 'about grwo', text: 'grwo' }, says: /No goal named 'grwo' is visible here/ },
            { why: 'a need that is not the avatar\'s', plan: plan({ strategy: { addresses: 'client.leads, client.price' } }),
                at: { line: 'addresses client.leads, client.price', text: 'client.price' }, says: /No need 'client\.price' is visible here: write it as avatar\.need/ },
            { why: 'a misspelt owner: the message names the closest person, as the quick fix does', plan: plan({ goal: { owner: 'annn' } }),
                at: { line: 'owner annn', text: 'annn' }, says: /^No person named 'annn' is visible here: did you mean 'ann'\? Otherwise declare the person, or import the file that declares it\.$/ },
            { why: 'a misspelt need', plan: plan({ strategy: { addresses: 'client.lead' } }),
                at: { line: 'addresses client.lead', text: 'client.lead' }, says: /^No need 'client\.lead' is visible here: did you mean 'client\.leads'\? Otherwise declare the need in its avatar\.$/,
                also: ['need-unaddressed'] }
        ],
        nearMisses: [
            { why: 'an owner declared after the goal', plan: plan({ goal: { owner: 'late' }, extra: 'person late "Lee Late"' }) }
        ]
    },
    'syntax-error': {
        severity: 'error',
        triggers: [
            { why: 'a block left open at the end of the file', plan: plan({ extra: 'person dan "Dan Roe" {' }),
                at: { line: 'person dan', text: '' }, says: /Expected '\}' here, but found the end of the file/ }
        ],
        nearMisses: [
            { why: 'the same block closed', plan: plan({ extra: 'person dan "Dan Roe" { role "Coach" }' }) },
            { why: 'a name that starts with a keyword', plan: plan({ extra: 'person reviewer "Rev Iew"' }) }
        ]
    },
    'invalid-cadence': {
        severity: 'error',
        triggers: [
            { why: 'a review cadence that is not a whole number', plan: plan({ header: { review: 'every 1.5 months' } }),
                at: { line: 'review every 1.5', text: '1.5' }, says: /A review cadence counts whole periods: write 'every N months' with N a whole number above 0, not 1\.5/ },
            { why: "a goal's cadence of zero weeks", plan: plan({ goal: { review: 'every 0 weeks' } }),
                at: { line: 'review every 0', text: '0' }, says: /write 'every N weeks' with N a whole number above 0, not 0/ }
        ],
        nearMisses: [
            { why: 'a whole-number cadence', plan: plan({ header: { review: 'every 2 months' } }) },
            { why: "a goal's own whole-number cadence", plan: plan({ goal: { review: 'every 1 quarter' } }) }
        ]
    },
    'unknown-suppression': {
        severity: 'warning',
        triggers: [
            { why: 'a misspelt rule id in a suppression', plan: plan({ goal: { owner: null } }).replace('goal grow', '// smart-disable-next-line goal-without-ownr\ngoal grow'),
                at: { line: 'goal-without-ownr', text: 'goal-without-ownr' }, says: /^Unknown rule 'goal-without-ownr' in a suppression comment: it silences nothing\. Did you mean 'goal-without-owner'\?$/,
                also: ['goal-without-owner'] },
            { why: 'an unknown id in a file-wide suppression', plan: plan().replace('goal grow', '// smart-disable goal-without-owner, goal-owner\ngoal grow'),
                at: { line: 'smart-disable goal', text: 'goal-owner' }, says: /Unknown rule 'goal-owner'/ },
            { why: 'a name like no rule id', plan: plan().replace('goal grow', '// smart-disable-next-line everything\ngoal grow'),
                at: { line: 'everything', text: 'everything' }, says: /^Unknown rule 'everything' in a suppression comment: it silences nothing\. Use a rule id exactly as diagnostics show it \(the rule page lists them all\)\.$/ }
        ],
        nearMisses: [
            { why: 'the rule id spelt right silences the rule', plan: plan({ goal: { owner: null } }).replace('goal grow', '// smart-disable-next-line goal-without-owner\ngoal grow') }
        ]
    }
};

// ---------------------------------------------------------------------------------------
// Running the table.
// ---------------------------------------------------------------------------------------

function filesOf(source: string | Files): Files {
    return typeof source === 'string' ? { 'plan.smart': source } : source;
}

async function findingsIn(source: string | Files, check = 'plan.smart', today?: string): Promise<{ found: Finding[]; text: string }> {
    const documents = await buildPlans(filesOf(source), { today });
    const document = documents[check];
    return { found: findings(document), text: document.textDocument.getText() };
}

/** The 1-based line holding the text; the text must be on exactly one line. */
function lineOf(text: string, needle: string): number {
    const lines = text.split('\n');
    const hits = lines.flatMap((line, index) => line.includes(needle) ? [index + 1] : []);
    if (hits.length !== 1) {
        throw new Error(`'${needle}' is on ${hits.length} lines of the plan, expected exactly one`);
    }
    return hits[0];
}

const sorted = (ids: string[]) => [...ids].sort();

describe('the base plan', () => {
    test('is clean: no diagnostic at all', async () => {
        const { found } = await findingsIn(plan());
        expect(found).toEqual([]);
    });
});

describe('every rule has a trigger and a near-miss', () => {
    test('the case table covers every rule id of the catalogue, and only those', () => {
        const uncovered = RULES.filter(rule => !CASES[rule.id]?.triggers.length || !CASES[rule.id]?.nearMisses.length).map(rule => rule.id);
        expect(uncovered).toEqual([]);
        expect(Object.keys(CASES).sort()).toEqual(RULES.map(rule => rule.id).sort());
    });

    test('the table asserts each rule with its catalogue severity', () => {
        for (const rule of RULES) {
            expect({ rule: rule.id, severity: CASES[rule.id].severity }).toEqual({ rule: rule.id, severity: rule.severity });
        }
    });
});

for (const [rule, ruleCase] of Object.entries(CASES)) {
    describe(rule, () => {
        for (const trigger of ruleCase.triggers) {
            test(`reports: ${trigger.why}`, async () => {
                const { found, text } = await findingsIn(trigger.plan, trigger.check, trigger.today);
                const expected = (Array.isArray(trigger.at) ? trigger.at : [trigger.at])
                    .map(where => ({ rule, severity: ruleCase.severity, line: lineOf(text, where.line), text: where.text }));
                const actual = found.filter(finding => finding.rule === rule)
                    .map(({ rule: id, severity, line, text: covered }) => ({ rule: id, severity, line, text: covered }));
                expect(actual).toEqual(expected);
                expect(ruleIds(found)).toEqual(sorted([...expected.map(() => rule), ...trigger.also ?? []]));
                for (const finding of found.filter(f => f.rule === rule)) {
                    expect(finding.message).toMatch(trigger.says);
                }
            });
        }
        for (const nearMiss of ruleCase.nearMisses) {
            test(`does not report: ${nearMiss.why}`, async () => {
                if (typeof nearMiss.plan === 'string') {
                    expect(nearMiss.plan, 'a near-miss changes something in the base plan').not.toBe(plan());
                }
                const { found } = await findingsIn(nearMiss.plan, nearMiss.check, nearMiss.today);
                expect(found.filter(finding => finding.rule === rule)).toEqual([]);
                expect(ruleIds(found)).toEqual(sorted(nearMiss.also ?? []));
            });
        }
    });
}

// ---------------------------------------------------------------------------------------
// One plan, each mistake once.
// ---------------------------------------------------------------------------------------

/** Every mistake of rules.md once; linted as of 2027-03-15. The unit plan it imports has no review cadence. */
const EVERY_MISTAKE = `// smart-disable-next-line goal-without-ownr
plan "Every mistake once" {
    owner ann
    period 2027-01-01 to 2027-12-31
    review every 1 month
    currency USD
    description "A plan that gets each SMART rule wrong exactly once"
    description "A second description"
}
import "./unit.smart"
import "./missing.smart"

person ann "Ann Lee"
person bob "Bob Ray"
person bob "Bob Ray again"

avatar client "Solo coach" {
    need leads "A steady flow of leads"
    need admin "Less time on admin"
}
avatar lurker "Someone we never speak to" { segment "Nobody in particular" }

metric members "Paid members" unit count

goal grow "Grow paid membership" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
}
goal noMetric "No metric" {
    for client
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
    review every 0 weeks
}
goal noDeadline "No deadline" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200
    owner ann
}
goal noOwner "No owner" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
}
goal noAvatar "No avatar" {
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
}
goal noBaseline "No baseline" {
    for client
    metric members
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
}
goal noBenchmarks "No benchmarks" {
    for client
    metric members
    baseline 100 on 2027-01-01
    target 200 by 2027-12-31
    owner ann
}
goal backwards "Benchmarks going backwards" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    benchmark 125 by 2027-06-30
    target 200 by 2027-12-31
    owner ann
}
goal outside "A benchmark after the deadline" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    benchmark 190 by 2028-01-31
    target 200 by 2027-12-31
    owner ann
}
goal tooFast "Twenty times in a year" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 2000 by 2027-12-31
    owner ann
}
goal unserved "Served by no strategy" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
}
goal circular "Aligned to itself" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
    aligns circular
}
goal late "Due after the plan period" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2028-03-31
    owner ann
}
goal lagging "Behind" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
}
goal wobbly "At risk" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
}
goal overdue "Missed" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 110 by 2027-02-01
    target 130 by 2027-02-28
    owner ann
}
goal quietGoal "Not measured lately" {
    for client
    metric members
    baseline 100 on 2027-01-01
    benchmark 130 by 2027-03-01
    target 200 by 2027-12-31
    owner ann
}

strategy advise "Trusted advisor" {
    serves grow, noMetric, noDeadline, noOwner, noBaseline, noBenchmarks, backwards, outside, tooFast
    serves circular, late, lagging, wobbly, overdue, quietGoal
    audience client
    addresses client.leads
    message "Grow your practice with a proven system"
}
strategy quiet "Said to nobody" {
    serves noAvatar
    message "Said to nobody in particular"
}
strategy orphan "Works toward nothing" {
    audience client
    message "A message with no goal"
}
strategy mute "Nothing to say" {
    serves grow
    audience client
}
strategy idle "Never carried out" {
    serves grow
    audience client
    message "A message nobody delivers"
}

tactic webinar "Monthly webinar" { executes advise owner bob }
tactic posts "Posts" { executes quiet owner bob }
tactic flyers "Flyers" { executes orphan owner bob }
tactic calls "Calls" { executes mute }
tactic stray "A tactic for no strategy" { owner bob }

journey buying for client {
    step aware "Hears about us" { reaction webinar }
    step compare "Compares offers" { stakeholder "Spouse" }
}

checkin 2026-12-20 { grow 95 }
checkin 2027-02-10 { quietGoal 125 }
checkin 2027-03-01 {
    grow 135%
    noMetric 135
    noDeadline 135
    noOwner 135
    noAvatar 135
    noBaseline 135
    noBenchmarks 135
    backwards 135
    outside 135
    tooFast 135
    unserved 135
    circular 135
    late 135
    lagging 119
    wobbly 125
    overdue 125
}
checkin 2027-03-01 { grow 136 }

review 2027-02-01 "February review" { attendee ann, nobody }
review 2027-02-30 "A day that does not exist" { attendee ann }

skill pitch "Pitch a coaching package" { supports webinar }
checkin 2028-03-10 { grow 140 }
person latecomer "Late Comer" {
`;

const UNIT_PLAN = `plan "EMEA unit" {
    owner cara
    period 2027-01-01 to 2027-12-31
}
person cara "Cara Diaz"
`;

describe('one plan', () => {
    test('a plan that commits each mistake once gets exactly those rule ids on the element at fault', async () => {
        const { 'plan.smart': main, 'unit.smart': unit } = await buildPlans({ 'plan.smart': EVERY_MISTAKE, 'unit.smart': UNIT_PLAN });
        const found = [
            ...findings(main).map(f => ({ file: 'plan.smart', line: f.line, rule: f.rule, text: f.text })),
            ...findings(unit).map(f => ({ file: 'unit.smart', line: f.line, rule: f.rule, text: f.text }))
        ];
        // Each rule of the catalogue exactly once...
        expect(found.map(f => f.rule).sort()).toEqual(RULES.map(rule => rule.id).sort());
        // ...on the line of the element at fault, covering it.
        const at = (file: string, line: number, rule: string, text: string) => ({ file, line, rule, text });
        expect(found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule))).toEqual([
            at('plan.smart', 1, 'unknown-suppression', 'goal-without-ownr'),
            at('plan.smart', 5, 'review-overdue', 'every 1 month'),
            at('plan.smart', 8, 'duplicate-property', '"A second description"'),
            at('plan.smart', 11, 'unresolved-import', '"./missing.smart"'),
            at('plan.smart', 15, 'duplicate-name', 'bob'),
            at('plan.smart', 19, 'need-unaddressed', 'admin'),
            at('plan.smart', 21, 'avatar-unused', 'lurker'),
            at('plan.smart', 21, 'avatar-without-needs', 'lurker'),
            at('plan.smart', 33, 'goal-not-measurable', 'noMetric'),
            at('plan.smart', 39, 'invalid-cadence', '0'),
            at('plan.smart', 41, 'goal-not-time-bound', 'noDeadline'),
            at('plan.smart', 49, 'goal-without-owner', 'noOwner'),
            at('plan.smart', 56, 'goal-without-avatar', 'noAvatar'),
            at('plan.smart', 63, 'goal-missing-baseline', 'noBaseline'),
            at('plan.smart', 70, 'goal-without-benchmarks', 'noBenchmarks'),
            at('plan.smart', 82, 'benchmark-not-monotonic', '125'),
            at('plan.smart', 91, 'benchmark-outside-span', '2028-01-31'),
            at('plan.smart', 95, 'goal-forecast-short', 'tooFast'),
            at('plan.smart', 100, 'target-unreasonable', '2000 by 2027-12-31'),
            at('plan.smart', 103, 'goal-without-strategy', 'unserved'),
            at('plan.smart', 118, 'goal-alignment-cycle', 'circular'),
            at('plan.smart', 125, 'deadline-outside-period', '2028-03-31'),
            at('plan.smart', 128, 'goal-behind', 'lagging'),
            at('plan.smart', 136, 'goal-at-risk', 'wobbly'),
            at('plan.smart', 144, 'goal-missed', 'overdue'),
            at('plan.smart', 152, 'checkin-stale', 'quietGoal'),
            at('plan.smart', 168, 'strategy-without-audience', 'quiet'),
            at('plan.smart', 172, 'strategy-without-goal', 'orphan'),
            at('plan.smart', 176, 'strategy-without-message', 'mute'),
            at('plan.smart', 180, 'strategy-without-tactic', 'idle'),
            at('plan.smart', 189, 'tactic-without-owner', 'calls'),
            at('plan.smart', 190, 'tactic-without-strategy', 'stray'),
            at('plan.smart', 194, 'step-without-reaction', 'compare'),
            at('plan.smart', 197, 'checkin-outside-span', 'grow'),
            at('plan.smart', 200, 'unit-mismatch', '135%'),
            at('plan.smart', 217, 'duplicate-checkin', 'grow'),
            at('plan.smart', 219, 'unresolved-reference', 'nobody'),
            at('plan.smart', 220, 'invalid-date', '2027-02-30'),
            at('plan.smart', 222, 'skill-without-coach', 'pitch'),
            at('plan.smart', 223, 'dated-in-future', '2028-03-10'),
            at('plan.smart', 224, 'syntax-error', ''),
            at('unit.smart', 1, 'plan-without-review', 'plan')
        ]);
    });
});

// ---------------------------------------------------------------------------------------
// examples/faulty: the comment at its top lists what the linter reports, and stays true.
// ---------------------------------------------------------------------------------------

const example = (name: string) => readFileSync(new URL(`../../examples/faulty/${name}`, import.meta.url), 'utf8');

/** The `line:col rule-id` entries of the comment block at the top of a plan. */
function listedDiagnostics(text: string): string[] {
    const entries: string[] = [];
    for (const line of text.split('\n')) {
        if (!line.startsWith('//')) {
            break;
        }
        const entry = /^\/\/\s+(\d+:\d+)\s+([a-z-]+)\s*$/.exec(line);
        if (entry) {
            entries.push(`${entry[1]} ${entry[2]}`);
        }
    }
    return entries;
}

describe('examples/faulty', () => {
    test('reports exactly the diagnostics its opening comment lists', async () => {
        const text = example('faulty.smart');
        const listed = listedDiagnostics(text);
        expect(listed.length).toBeGreaterThanOrEqual(10);
        const { 'faulty.smart': faulty, 'team.smart': team } = await buildPlans({ 'faulty.smart': text, 'team.smart': example('team.smart') }, { today: '2027-03-15' });
        // In the order `smart lint` prints them: by line, then column.
        const actual = [...faulty.diagnostics ?? []]
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
            .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
        expect(actual).toEqual(listed);
        expect(findings(team)).toEqual([]);
    });

    test('commits the typical mistakes', () => {
        const rules = new Set(listedDiagnostics(example('faulty.smart')).map(entry => entry.split(' ')[1]));
        for (const rule of ['goal-not-time-bound', 'tactic-without-strategy', 'goal-without-owner', 'target-unreasonable', 'duplicate-property',
            'unresolved-reference', 'benchmark-not-monotonic', 'unknown-suppression']) {
            expect(rules).toContain(rule);
        }
    });

    test('`smart lint examples/faulty` prints the same list', () => {
        const run = runSmart(['lint', 'examples/faulty', '--today', '2027-03-15']);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
        const printed = run.stdout.split('\n')
            .map(line => /^\s+(\d+:\d+)\s+(?:error|warning|info)\s+.*\s([a-z-]+)$/.exec(line))
            .filter((match): match is RegExpExecArray => match !== null)
            .map(match => `${match[1]} ${match[2]}`);
        expect(run.stdout.split('\n')[0]).toBe('examples/faulty/faulty.smart');
        expect(printed).toEqual(listedDiagnostics(example('faulty.smart')));
    });
});

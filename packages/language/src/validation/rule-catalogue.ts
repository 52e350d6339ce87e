/**
 * The diagnostics catalogue: every rule's stable id, SMART letter, default severity and
 * the words that explain it. Validation, configuration, suppression, the CLI's formats
 * and the rule documentation all read rule metadata from here and nowhere else.
 */

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export type Severity = 'error' | 'warning' | 'info';
export type ConfiguredSeverity = Severity | 'off';

export interface RuleMetadata {
    id: string;
    /** The SMART letter the rule checks, or undefined for `—`. */
    letter?: SmartLetter;
    severity: Severity;
    /** When the rule reports, in one sentence. */
    summary: string;
    /** What to add or change to satisfy it. */
    fix: string;
    /** A short plan that triggers the rule (as of 2027-03-15), shown in the rule documentation. */
    example: string;
}

const catalogue = [
    { id: 'goal-not-measurable', letter: 'M', severity: 'error',
        summary: "A goal has no 'metric' or no 'target'.",
        fix: "Name the metric the goal moves ('metric members') and the value to reach ('target 400 by 2027-12-31').",
        example: `goal growMembers "Grow paid membership" {
    target 400 by 2027-12-31
}` },
    { id: 'goal-not-time-bound', letter: 'T', severity: 'error',
        summary: "A goal has no target date: no 'target ... by DATE', or no target at all.",
        fix: "Give the target a deadline: 'target 400 by 2027-12-31'.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400
}` },
    { id: 'tactic-without-strategy', letter: 'A', severity: 'error',
        summary: "A tactic has no 'executes': it delivers no strategy's message.",
        fix: "Add 'executes STRATEGY' naming the strategy whose message this tactic carries.",
        example: `tactic monthlyWebinar "Monthly webinar" {
    channel webinar
}` },
    { id: 'goal-without-owner', letter: 'A', severity: 'warning',
        summary: "A goal has no 'owner' (the plan's owner does not count: each goal needs its own).",
        fix: "Add 'owner PERSON' naming who is accountable for the goal.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}` },
    { id: 'goal-without-avatar', letter: 'S', severity: 'warning',
        summary: "A goal has no 'for', and no strategy that serves it has an 'audience'.",
        fix: "Add 'for AVATAR' naming the ideal client the goal serves.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}` },
    { id: 'goal-missing-baseline', letter: 'R', severity: 'warning',
        summary: "A goal has no 'baseline': it does not say where you start.",
        fix: "Add 'baseline VALUE on DATE' with today's measured value.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}` },
    { id: 'goal-without-benchmarks', letter: 'R', severity: 'warning',
        summary: 'A goal whose baseline and target dates are further apart than its review period has no benchmark.',
        fix: "Add time-specific benchmarks ('benchmark 180 by 2027-03-31') between the baseline and the target.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    target 400 by 2027-12-31
}` },
    { id: 'benchmark-not-monotonic', letter: 'R', severity: 'error',
        summary: 'Benchmarks, sorted by date, do not move from the baseline toward the target.',
        fix: 'Make each benchmark lie between the previous one (or the baseline) and the target.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    benchmark 300 by 2027-03-31
    benchmark 200 by 2027-06-30
    target 400 by 2027-12-31
}` },
    { id: 'benchmark-outside-span', letter: 'T', severity: 'error',
        summary: "A benchmark is dated before the goal's baseline or after its target date.",
        fix: 'Date the benchmark between the baseline date and the target date.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    target 400 by 2027-12-31
    benchmark 450 by 2028-03-31
}` },
    { id: 'target-unreasonable', letter: 'R', severity: 'warning',
        summary: "The target's implied monthly rate exceeds maxMonthlyGrowth (or maxMonthlyDecline for a decreasing goal).",
        fix: 'Lower the target, move the deadline out, or raise the threshold in .smartrc.json if the rate is truly achievable.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 100 on 2027-01-01
    target 10000 by 2027-06-30
}` },
    { id: 'goal-without-strategy', letter: 'A', severity: 'warning',
        summary: "No strategy 'serves' the goal.",
        fix: "Add the goal to a strategy's 'serves' list, or write a strategy for it.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}` },
    { id: 'goal-alignment-cycle', letter: 'A', severity: 'error',
        summary: "Following 'aligns' from the goal leads back to it.",
        fix: "Make 'aligns' point up to a parent goal that does not align back.",
        example: `goal growMembers "Grow paid membership" { aligns growRevenue }
goal growRevenue "Grow revenue" { aligns growMembers }` },
    { id: 'deadline-outside-period', letter: 'T', severity: 'warning',
        summary: "A goal's target date is outside the plan 'period'.",
        fix: "Move the target date into the plan period, or widen the period.",
        example: `plan "Acme 2027" {
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
}
metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2028-06-30
}` },
    { id: 'strategy-without-goal', letter: 'A', severity: 'warning',
        summary: "A strategy 'serves' no goal.",
        fix: "Add 'serves GOAL' naming the goals the strategy works toward.",
        example: `strategy trustedAdvisor "Be the trusted advisor" {
    message "Grow your practice with a proven system"
}` },
    { id: 'strategy-without-audience', letter: 'S', severity: 'warning',
        summary: "A strategy has no 'audience'.",
        fix: "Add 'audience AVATAR': a message is always said to someone.",
        example: `strategy trustedAdvisor "Be the trusted advisor" {
    message "Grow your practice with a proven system"
}` },
    { id: 'strategy-without-message', letter: 'S', severity: 'warning',
        summary: "A strategy has no 'message' (strategy is the content of the message).",
        fix: "Add 'message \"...\"' with what you say to the audience.",
        example: `avatar soloCoach "Solo coach" { need pipeline "A steady flow of clients" }
strategy trustedAdvisor "Be the trusted advisor" {
    audience soloCoach
}` },
    { id: 'strategy-without-tactic', severity: 'warning',
        summary: "No tactic 'executes' the strategy.",
        fix: "Add a tactic with 'executes STRATEGY' that delivers the message through a medium.",
        example: `strategy trustedAdvisor "Be the trusted advisor" {
    message "Grow your practice with a proven system"
}` },
    { id: 'tactic-without-owner', letter: 'A', severity: 'warning',
        summary: "A tactic has no 'owner'.",
        fix: "Add 'owner PERSON' naming who carries the tactic out.",
        example: `strategy trustedAdvisor "Be the trusted advisor" { message "Grow with us" }
tactic monthlyWebinar "Monthly webinar" {
    executes trustedAdvisor
}` },
    { id: 'avatar-unused', letter: 'S', severity: 'warning',
        summary: 'No goal, strategy or journey refers to the avatar.',
        fix: "Refer to the avatar from a goal ('for'), a strategy ('audience') or a journey, or remove it.",
        example: `avatar soloCoach "Solo coach" {
    need pipeline "A steady flow of clients"
}` },
    { id: 'avatar-without-needs', letter: 'S', severity: 'warning',
        summary: "An avatar declares no 'need'.",
        fix: "Add 'need NAME \"...\"' for what the ideal client needs.",
        example: `avatar soloCoach "Solo coach" {
    channel linkedin
}` },
    { id: 'need-unaddressed', letter: 'S', severity: 'info',
        summary: "No strategy 'addresses' the avatar's need.",
        fix: "Add 'addresses AVATAR.NEED' to the strategy that answers the need.",
        example: `avatar soloCoach "Solo coach" {
    need pipeline "A steady flow of clients"
}` },
    { id: 'step-without-reaction', severity: 'warning',
        summary: "A journey step has no 'reaction'.",
        fix: "Add 'reaction TACTIC' or 'reaction \"asset\"': how marketing meets the customer at this step.",
        example: `avatar soloCoach "Solo coach" { need pipeline "A steady flow of clients" }
journey buying for soloCoach {
    step aware "Hears about us" { }
}` },
    { id: 'plan-without-review', letter: 'R', severity: 'warning',
        summary: "A file with a plan header has no 'review every' cadence.",
        fix: "Add 'review every 2 weeks' (or another cadence) to the plan header.",
        example: `plan "Acme 2027" {
    period 2027-01-01 to 2027-12-31
}` },
    { id: 'review-overdue', letter: 'R', severity: 'warning',
        summary: 'The latest review (or the period start, when none) is older than the review cadence, as of today.',
        fix: "Hold the review and record it: 'review DATE \"Title\" { ... }'.",
        example: `plan "Acme 2027" {
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
}` },
    { id: 'goal-behind', severity: 'warning',
        summary: "The goal's status is 'behind': the latest check-in is more than the tolerance behind the planned path.",
        fix: 'Review the tactics serving the goal, or re-plan its benchmarks at the next review.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 0 on 2027-01-01
    target 100 by 2027-12-31
}
checkin 2027-03-01 { growMembers 2 }` },
    { id: 'goal-at-risk', severity: 'info',
        summary: "The goal's status is 'at-risk': behind the planned path, within the tolerance.",
        fix: 'Watch the goal at the next check-in.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 0 on 2027-01-01
    target 100 by 2027-12-31
}
checkin 2027-03-01 { growMembers 10 }` },
    { id: 'goal-missed', severity: 'error',
        summary: "The goal's status is 'missed': its deadline passed without reaching the target.",
        fix: 'Record the final result, then close the goal or set a new target and deadline.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 0 on 2027-01-01
    target 100 by 2027-02-28
}
checkin 2027-02-01 { growMembers 40 }` },
    { id: 'checkin-stale', letter: 'R', severity: 'info',
        summary: 'The goal is not done and its latest check-in (its baseline date when none) is older than its review cadence.',
        fix: "Add a check-in: 'checkin DATE { GOAL VALUE }'.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    target 400 by 2027-12-31
    review every 1 month
}` },
    { id: 'checkin-outside-span', letter: 'T', severity: 'warning',
        summary: "A check-in value is dated before the goal's baseline date.",
        fix: 'Date the check-in on or after the baseline date, or move the baseline.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    baseline 120 on 2027-01-01
    target 400 by 2027-12-31
}
checkin 2026-12-01 { growMembers 110 }` },
    { id: 'unit-mismatch', letter: 'M', severity: 'error',
        summary: "A value's unit (%) disagrees with the goal's metric unit, or a budget's currency with the plan's.",
        fix: "Write '%' only on values of a '%' metric, and budgets in the plan's currency.",
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 40% by 2027-12-31
}` },
    { id: 'invalid-date', severity: 'error',
        summary: 'A date that does not exist, or a period or tactic span that ends before it starts.',
        fix: 'Write a real date (YYYY-MM-DD, YYYY-MM or YYYY-Qn) and let spans end after they start.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-02-30
}` },
    { id: 'duplicate-property', severity: 'error',
        summary: 'A property that may appear once appears twice in a block.',
        fix: 'Keep one of the two; the first one is the one that counts.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    metric members
    target 400 by 2027-12-31
}` },
    { id: 'duplicate-checkin', letter: 'M', severity: 'error',
        summary: 'The same goal is checked in twice on one date.',
        fix: 'Keep one value per goal and date.',
        example: `metric members "Paid members" unit count
goal growMembers "Grow paid membership" {
    metric members
    target 400 by 2027-12-31
}
checkin 2027-02-01 { growMembers 150 }
checkin 2027-02-01 { growMembers 155 }` },
    { id: 'duplicate-name', severity: 'error',
        summary: 'A name is declared twice in one scope, or collides with an imported name.',
        fix: 'Rename one of the two declarations.',
        example: `person john "John Hackett"
person john "John Smith"` },
    { id: 'unresolved-import', severity: 'error',
        summary: 'An import path that does not exist or is not a .smart file, or an import cycle.',
        fix: 'Point the import at an existing .smart file, relative to this file, and break any cycle.',
        example: `import "./missing.smart"` },
    { id: 'skill-without-coach', letter: 'T', severity: 'warning',
        summary: "A skill has no 'coach'.",
        fix: "Add 'coach PERSON' naming who teaches and monitors the skill.",
        example: `skill discoveryCall "Run a discovery call" { }` },
    { id: 'unresolved-reference', severity: 'error',
        summary: 'A reference names nothing of the right kind that is visible here.',
        fix: 'Fix the name, declare the element, or import the file that declares it.',
        example: `goal growMembers "Grow paid membership" {
    owner nobody
}` },
    { id: 'syntax-error', severity: 'error',
        summary: 'The text does not follow the .smart syntax.',
        fix: 'Correct the text at the reported place; the message says what was expected.',
        example: `goal growMembers "Grow paid membership" {
    target 400 by
}` },
    { id: 'unknown-suppression', severity: 'warning',
        summary: 'A smart-disable comment names a rule that does not exist.',
        fix: 'Use a rule id from this list, spelled exactly.',
        example: `// smart-disable-next-line goal-without-ownr
goal growMembers "Grow paid membership" { }` }
] as const satisfies readonly RuleMetadata[];

export type RuleId = (typeof catalogue)[number]['id'];

export const RULES: readonly RuleMetadata[] = catalogue;

const byId = new Map<string, RuleMetadata>(RULES.map(rule => [rule.id, rule]));

export function isRuleId(id: string): id is RuleId {
    return byId.has(id);
}

export function ruleMetadata(id: RuleId): RuleMetadata {
    return byId.get(id)!;
}

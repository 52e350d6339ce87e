/**
 * The one list of rule modules, in catalogue order (the rule page, SARIF and the
 * configuration schema list them in this order, and the checks of one node type run in
 * it). Everything that knows about rules reads them from here: the rule catalogue
 * (RULES), rule ids (RuleId), validation, quick fixes, the rule page, SARIF, the
 * configuration schema and the tests. Adding a rule is adding its module to this list.
 */
import avatarUnused from './avatar-unused.js';
import avatarWithoutNeeds from './avatar-without-needs.js';
import benchmarkNotMonotonic from './benchmark-not-monotonic.js';
import benchmarkOutsideSpan from './benchmark-outside-span.js';
import checkinOutsideSpan from './checkin-outside-span.js';
import checkinStale from './checkin-stale.js';
import datedInFuture from './dated-in-future.js';
import deadlineOutsidePeriod from './deadline-outside-period.js';
import duplicateCheckin from './duplicate-checkin.js';
import duplicateName from './duplicate-name.js';
import duplicateProperty from './duplicate-property.js';
import goalAlignmentCycle from './goal-alignment-cycle.js';
import goalAtRisk from './goal-at-risk.js';
import goalBehind from './goal-behind.js';
import goalForecastShort from './goal-forecast-short.js';
import goalMissed from './goal-missed.js';
import goalMissingBaseline from './goal-missing-baseline.js';
import goalNotMeasurable from './goal-not-measurable.js';
import goalNotTimeBound from './goal-not-time-bound.js';
import goalWithoutAvatar from './goal-without-avatar.js';
import goalWithoutBenchmarks from './goal-without-benchmarks.js';
import goalWithoutOwner from './goal-without-owner.js';
import goalWithoutStrategy from './goal-without-strategy.js';
import invalidCadence from './invalid-cadence.js';
import invalidDate from './invalid-date.js';
import needUnaddressed from './need-unaddressed.js';
import planWithoutReview from './plan-without-review.js';
import reviewOverdue from './review-overdue.js';
import skillWithoutCoach from './skill-without-coach.js';
import stepWithoutReaction from './step-without-reaction.js';
import strategyWithoutAudience from './strategy-without-audience.js';
import strategyWithoutGoal from './strategy-without-goal.js';
import strategyWithoutMessage from './strategy-without-message.js';
import strategyWithoutTactic from './strategy-without-tactic.js';
import syntaxError from './syntax-error.js';
import tacticWithoutOwner from './tactic-without-owner.js';
import tacticWithoutStrategy from './tactic-without-strategy.js';
import targetUnreasonable from './target-unreasonable.js';
import unitMismatch from './unit-mismatch.js';
import unknownSuppression from './unknown-suppression.js';
import unresolvedImport from './unresolved-import.js';
import unresolvedReference from './unresolved-reference.js';
import type { SmartLetter } from '../common/vocabulary.js';
import type { RuleMeta, RuleModule } from './support/rule.js';

export const RULE_MODULES = [
    goalNotMeasurable,
    goalNotTimeBound,
    tacticWithoutStrategy,
    goalWithoutOwner,
    goalWithoutStrategy,
    goalWithoutAvatar,
    goalMissingBaseline,
    goalWithoutBenchmarks,
    benchmarkNotMonotonic,
    benchmarkOutsideSpan,
    targetUnreasonable,
    goalAlignmentCycle,
    deadlineOutsidePeriod,
    strategyWithoutGoal,
    strategyWithoutAudience,
    strategyWithoutMessage,
    strategyWithoutTactic,
    tacticWithoutOwner,
    avatarUnused,
    avatarWithoutNeeds,
    needUnaddressed,
    stepWithoutReaction,
    planWithoutReview,
    reviewOverdue,
    goalBehind,
    goalAtRisk,
    goalMissed,
    checkinStale,
    checkinOutsideSpan,
    unitMismatch,
    invalidDate,
    duplicateProperty,
    duplicateCheckin,
    duplicateName,
    unresolvedImport,
    skillWithoutCoach,
    goalForecastShort,
    datedInFuture,
    unresolvedReference,
    syntaxError,
    unknownSuppression,
    invalidCadence
] as const;

/** Every rule id. */
export type RuleId = typeof RULE_MODULES[number]['meta']['id'];

/** The rule catalogue: each rule's id, SMART letter, default severity and words. */
export const RULES: ReadonlyArray<RuleMeta<RuleId>> = RULE_MODULES.map(rule => rule.meta);

export type RuleMetadata = RuleMeta<RuleId>;

const byId = new Map<string, RuleModule<RuleId>>(RULE_MODULES.map(rule => [rule.meta.id, rule]));

export function isRuleId(id: string): id is RuleId {
    return byId.has(id);
}

export function ruleModule(id: RuleId): RuleModule<RuleId> {
    return byId.get(id)!;
}

export function ruleMetadata(id: RuleId): RuleMetadata {
    return ruleModule(id).meta;
}

/** The SMART letter a rule checks, for a rule id (undefined for `—` and for anything not a rule id). */
export function letterOfRule(id: string): SmartLetter | undefined {
    return isRuleId(id) ? ruleMetadata(id).letter : undefined;
}

/** The rule a Langium diagnostic code (lexing, parsing, linking error) belongs to. */
const RULE_OF_LANGIUM_CODE = new Map<string, RuleId>(RULE_MODULES.flatMap(rule => (rule.langiumCodes ?? []).map(code => [code, rule.meta.id] as const)));

/** The rule id of a diagnostic code: one of ours, or one of Langium's that a rule claims. */
export function ruleOfCode(code: string | undefined): RuleId | undefined {
    if (code === undefined) {
        return undefined;
    }
    return isRuleId(code) ? code : RULE_OF_LANGIUM_CODE.get(code);
}

export { createRule } from './support/rule.js';
export { isSyntaxErrorCode } from './syntax-error.js';
export type { RuleMeta, RuleModule, QuickFix, FixInput, Report, RuleChecks } from './support/rule.js';

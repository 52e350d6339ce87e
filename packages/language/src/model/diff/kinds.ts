/** Every element kind's differ, in report order (DIFF_ELEMENT_KINDS). */
import type { KindDiffer } from './differ.js';
import { GOAL_DIFFER } from './goals.js';
import { JOURNEY_DIFFER } from './journeys.js';
import { AVATAR_DIFFER, METRIC_DIFFER, PERSON_DIFFER, PLAN_DIFFER, REVIEW_DIFFER, SKILL_DIFFER, SWOT_DIFFER } from './others.js';
import { STRATEGY_DIFFER } from './strategies.js';
import { TACTIC_DIFFER } from './tactics.js';

export const KIND_DIFFERS: KindDiffer<unknown>[] = [
    PLAN_DIFFER, PERSON_DIFFER, AVATAR_DIFFER, SWOT_DIFFER, METRIC_DIFFER, GOAL_DIFFER,
    STRATEGY_DIFFER, TACTIC_DIFFER, JOURNEY_DIFFER, REVIEW_DIFFER, SKILL_DIFFER
];

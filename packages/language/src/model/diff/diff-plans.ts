/**
 * diffPlans: the whole diff of two versions of a plan file. Detects renames, reads the old
 * plan's references under the new names, groups every kind's changes in report order and
 * attaches the check-in changes to their goals.
 */
import type { PlanFacts } from '../plan-facts.js';
import { attachCheckinChanges } from './checkins.js';
import { KIND_DIFFERS } from './kinds.js';
import { elementGroups } from './match.js';
import { detectRenames, renameReferences } from './renames.js';
import { diffContext, type PlanChange } from './types.js';

/** The changes from the old plan to the new; undefined stands for a file absent on that side. */
export function diffPlans(oldPlan: PlanFacts | undefined, newPlan: PlanFacts | undefined): PlanChange[] {
    const before = oldPlan ?? EMPTY_PLAN;
    const after = newPlan ?? EMPTY_PLAN;
    const renames = detectRenames(before, after);
    const canonical = renameReferences(before, renames);
    const context = diffContext(before, after);
    const groups = KIND_DIFFERS.flatMap(differ => elementGroups(differ, canonical, after, renames, context));
    attachCheckinChanges(groups, canonical, after);
    return groups.flatMap(group => group.changes);
}

const EMPTY_PLAN: PlanFacts = {
    imports: [], persons: [], avatars: [], swots: [], metrics: [], goals: [], strategies: [], tactics: [], journeys: [], checkins: [], reviews: [], skills: []
};

/**
 * The semantic diff of two versions of one plan file: elements matched by kind and name
 * (never by line), renames detected (same kind, title and body under another name), and
 * every changed fact reported with a class — `regression`, `improvement` or `neutral` —
 * that respects a goal's direction. Pure functions over PlanFacts, for `smart diff` and
 * anything else that compares plans. Reformatting or reordering changes no fact, so it
 * changes nothing here; only a journey's steps are ordered.
 *
 * The folder: types.ts (the vocabulary), diff-plans.ts (the whole diff), match.ts and
 * renames.ts (matching elements), differ.ts and kinds.ts (a kind's comparison, and the
 * list of them), goals.ts, strategies.ts, tactics.ts, journeys.ts, others.ts and
 * checkins.ts (each kind's facts), fields.ts (the generic fact comparisons), values.ts
 * (facts, deltas and dates as written) and summary.ts (the counts).
 */
export { DIFF_ELEMENT_KINDS, type ChangeClass, type ChangeKind, type DiffElementKind, type DiffSummary, type PlanChange } from './types.js';
export { diffPlans } from './diff-plans.js';
export { summarizeChanges } from './summary.js';
export { classifyReviews, type ComparedFile, type ReviewReference } from './reviews.js';

/**
 * Which regressions a change has reviewed (cli.md, "smart diff"): a regression of a goal
 * is reviewed when the new side holds a review the old side does not (matched by date and
 * title, in any compared file) with a `decision ... about` that goal. A regression of a
 * strategy or a tactic (its strategy removed) is reviewed by a decision about any goal the
 * strategy serves. Built-in review sessions, made checkable: a target lowered at a review
 * passes the gate, one lowered without does not. Pure.
 */
import type { PlanFacts, ReviewFacts } from '../plan-facts.js';
import type { PlanChange } from './types.js';

/** The review that decided about a regression: where, when, and the decision's words. */
export interface ReviewReference {
    file: string;
    date: string;
    title: string;
    decision: string;
}

/** Both versions of one compared file (either absent for an added or removed plan). */
export interface ComparedFile {
    file: string;
    old?: PlanFacts;
    new?: PlanFacts;
}

/** The changes, each regression with the review deciding about it (null: not reviewed). */
export function classifyReviews<C extends PlanChange & { file: string }>(changes: readonly C[], files: readonly ComparedFile[]): Array<C & { review?: ReviewReference | null }> {
    const decided = decisionsByGoal(files);
    const byFile = new Map(files.map(file => [file.file, file]));
    return changes.map(change => {
        if (change.class !== 'regression') {
            return change;
        }
        const review = goalsOf(change, byFile.get(change.file)).map(goal => decided.get(goal)).find(found => found !== undefined) ?? null;
        return { ...change, review };
    });
}

/** Per goal name, the latest review new on the new side that decided about it. */
function decisionsByGoal(files: readonly ComparedFile[]): Map<string, ReviewReference> {
    const key = (review: ReviewFacts) => `${review.day ?? review.date}|${review.title}`;
    const held = new Set(files.flatMap(file => file.old?.reviews ?? []).map(key));
    const latest = new Map<string, { day: number; reference: ReviewReference }>();
    for (const file of files) {
        for (const review of file.new?.reviews ?? []) {
            if (held.has(key(review))) {
                continue;
            }
            for (const decision of review.decisions) {
                for (const goal of decision.about) {
                    const day = review.day ?? -Infinity;
                    const known = latest.get(goal);
                    if (!known || day > known.day) {
                        latest.set(goal, { day, reference: { file: file.file, date: review.date, title: review.title, decision: decision.text } });
                    }
                }
            }
        }
    }
    return new Map([...latest].map(([goal, { reference }]) => [goal, reference]));
}

/** The goals a regression is about: the goal itself, or the goals its strategy serves. */
function goalsOf(change: PlanChange, file: ComparedFile | undefined): string[] {
    const strategy = (name: string | undefined) => name === undefined ? undefined
        : file?.new?.strategies.find(s => s.name === name) ?? file?.old?.strategies.find(s => s.name === name);
    switch (change.kind) {
        case 'goal':
            return [change.element];
        case 'strategy':
            return strategy(change.element)?.serves ?? [];
        case 'tactic': {
            const tactic = file?.old?.tactics.find(t => t.name === change.element) ?? file?.new?.tactics.find(t => t.name === change.element);
            return strategy(tactic?.executes)?.serves ?? [];
        }
        default:
            return [];
    }
}

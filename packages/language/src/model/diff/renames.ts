/**
 * Rename detection: an unmatched old element whose title and body equal an unmatched new
 * one's (same kind) was renamed. References to renamed elements are read under their new
 * names, so a rename is one change, and renaming a goal and the strategy serving it is
 * still two renames.
 */
import type { PlanFacts } from '../plan-facts.js';
import { KIND_DIFFERS } from './kinds.js';
import { keyed } from './match.js';
import { diffContext } from './types.js';

/** Old name → new name, for every renamed element. */
export function detectRenames(before: PlanFacts, after: PlanFacts): Map<string, string> {
    const renames = new Map<string, string>();
    const context = diffContext(before, after);
    for (let found = true; found;) {
        found = false;
        const canonical = renameReferences(before, renames);
        for (const kind of KIND_DIFFERS.filter(k => k.renamable)) {
            const oldElements = keyed(kind, canonical);
            const newElements = keyed(kind, after);
            const taken = new Set(renames.values());
            for (const [oldKey, oldElement] of oldElements) {
                if (newElements.has(oldKey) || renames.has(oldKey)) {
                    continue;
                }
                for (const [newKey, newElement] of newElements) {
                    if (!oldElements.has(newKey) && !taken.has(newKey) && kind.compare(oldElement, newElement, context).length === 0) {
                        renames.set(oldKey, newKey);
                        taken.add(newKey);
                        found = true;
                        break;
                    }
                }
            }
        }
    }
    return renames;
}

/** The plan with every reference to a renamed element written with its new name. */
export function renameReferences(plan: PlanFacts, renames: Map<string, string>): PlanFacts {
    if (renames.size === 0) {
        return plan;
    }
    const one = <T extends string | undefined>(name: T): T => (name === undefined ? name : renames.get(name) ?? name) as T;
    const all = (names: string[]) => names.map(one);
    const need = (qualified: string) => {
        const [avatar, ...rest] = qualified.split('.');
        return [one(avatar), ...rest].join('.');
    };
    return {
        ...plan,
        header: plan.header && { ...plan.header, owner: one(plan.header.owner) },
        goals: plan.goals.map(g => ({ ...g, avatars: all(g.avatars), metric: one(g.metric), owner: one(g.owner), aligns: one(g.aligns) })),
        strategies: plan.strategies.map(s => ({ ...s, serves: all(s.serves), audience: all(s.audience), addresses: s.addresses.map(need) })),
        tactics: plan.tactics.map(t => ({ ...t, executes: one(t.executes), owner: one(t.owner), moves: one(t.moves) })),
        journeys: plan.journeys.map(j => ({
            ...j, avatar: one(j.avatar),
            steps: j.steps.map(s => ({ ...s, reactions: s.reactions.map(r => r.tactic !== undefined ? { tactic: one(r.tactic) } : r) }))
        })),
        checkins: plan.checkins.map(c => ({ ...c, entries: c.entries.map(e => ({ ...e, goal: one(e.goal) })) })),
        reviews: plan.reviews.map(r => ({ ...r, attendees: all(r.attendees) })),
        skills: plan.skills.map(s => ({ ...s, coach: one(s.coach), supports: all(s.supports) }))
    };
}

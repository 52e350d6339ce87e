/** `goal-alignment-cycle` (A): following `aligns` from a goal never leads back to it. */
import { DocumentState, WorkspaceCache } from 'langium';
import type { Goal } from '../generated/ast.js';
import type { SmartServices } from '../smart-module.js';
import { createRule } from './support/rule.js';

/** How many goals of an alignment cycle a message names before it abbreviates. */
const CYCLE_NAMES_SHOWN = 8;

export default createRule({
    meta: {
        id: 'goal-alignment-cycle', letter: 'A', severity: 'error',
        summary: "Following 'aligns' from the goal leads back to it.",
        fix: "Make 'aligns' point up to a parent goal that does not align back.",
        example: `goal growMembers "Grow paid membership" { aligns growRevenue }
goal growRevenue "Grow revenue" { aligns growMembers }`
    },
    create: services => {
        const cycles = new AlignmentCycles(services);
        return {
            Goal: (node, report, context) => {
                const goal = context.goal;
                const cycle = goal && cycles.of(node);
                if (goal && cycle) {
                    report(`${goal.label} aligns in a circle (${cycle.join(' → ')}): 'aligns' must point up to a parent goal.`,
                        { node, property: 'aligns', index: 0, data: goal.data });
                }
            }
        };
    }
});

/**
 * For each goal, the alignment chain from it back to itself when `aligns` leads there.
 * Computed for the whole workspace at once and cached until the next build: each goal is
 * walked once, so long chains stay linear. A goal leading into a cycle it is not part of
 * gets none (the cycle is reported on its own goals).
 */
class AlignmentCycles {
    private readonly chains: WorkspaceCache<Goal, string[] | null>;

    constructor(services: SmartServices) {
        this.chains = new WorkspaceCache(services.shared, DocumentState.Linked);
    }

    of(goal: Goal): string[] | undefined {
        if (!this.chains.has(goal)) {
            this.walkFrom(goal);
        }
        return this.chains.get(goal) ?? undefined;
    }

    private walkFrom(start: Goal): void {
        const path: Goal[] = [];
        const onPath = new Map<Goal, number>();
        let current: Goal | undefined = start;
        while (current && !this.chains.has(current) && !onPath.has(current)) {
            onPath.set(current, path.length);
            path.push(current);
            current = current.aligns[0]?.ref;
        }
        const cycleStart = current ? onPath.get(current) : undefined;
        const cycle = cycleStart === undefined ? [] : path.slice(cycleStart);
        path.slice(0, cycleStart ?? path.length).forEach(goal => this.chains.set(goal, null));
        cycle.forEach((goal, index) => {
            const names = [...cycle.slice(index), ...cycle.slice(0, index)].map(g => g.name);
            const shown = names.length > CYCLE_NAMES_SHOWN ? [...names.slice(0, CYCLE_NAMES_SHOWN - 1), `… ${names.length - CYCLE_NAMES_SHOWN} more`, names.at(-1)!] : names;
            this.chains.set(goal, [...shown, goal.name]);
        });
    }
}

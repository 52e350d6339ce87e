/**
 * The roll-up of language.md: the goals that `aligns` to a goal (in any plan loaded
 * together) are its children, their children its descendants; a goal's roll-up counts its
 * descendants by status and names the worst status among them (missed, behind, at-risk,
 * on-track, done; not-started and unknown count but are the worst only when nothing else
 * is there). Pure and linear in the number of goals for a tree; an alignment cycle (an
 * error of its own) never loops: each goal is counted once per roll-up.
 */
import { GOAL_STATUSES, ROLLUP_ORDER, type GoalStatus } from '../common/vocabulary.js';

export interface Rollup {
    /** How many descendants. */
    total: number;
    /** The worst status among them; undefined without descendants. */
    worst?: GoalStatus;
    /** Descendants by status (only the statuses present). */
    counts: Partial<Record<GoalStatus, number>>;
}


/** A goal of the alignment graph: its status and the goal it aligns to (by any key). */
export interface AlignedGoal<K> {
    key: K;
    status: GoalStatus;
    parent?: K;
}

/** The roll-up of every goal, by key. */
export function rollups<K>(goals: Iterable<AlignedGoal<K>>): Map<K, Rollup> {
    const byKey = new Map<K, AlignedGoal<K>>();
    const children = new Map<K, K[]>();
    for (const goal of goals) {
        byKey.set(goal.key, goal);
    }
    for (const goal of byKey.values()) {
        if (goal.parent !== undefined && goal.parent !== goal.key && byKey.has(goal.parent)) {
            const list = children.get(goal.parent);
            if (list) {
                list.push(goal.key);
            } else {
                children.set(goal.parent, [goal.key]);
            }
        }
    }
    const result = new Map<K, Rollup>();
    const inCycle = cycleMembers(byKey);
    // Goals outside cycles: children first (post-order), each roll-up the sum of its children's.
    const done = new Set<K>();
    for (const start of byKey.keys()) {
        if (done.has(start) || inCycle.has(start)) {
            continue;
        }
        const stack: Array<{ key: K; expanded: boolean }> = [{ key: start, expanded: false }];
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (done.has(top.key)) {
                stack.pop();
                continue;
            }
            if (!top.expanded) {
                top.expanded = true;
                for (const child of children.get(top.key) ?? []) {
                    if (!done.has(child) && !inCycle.has(child)) {
                        stack.push({ key: child, expanded: false });
                    }
                }
                continue;
            }
            stack.pop();
            // A goal's parent is on a cycle only when the goal is: these children never are.
            const rollup = emptyRollup();
            for (const child of children.get(top.key) ?? []) {
                add(rollup, byKey.get(child)!.status, 1);
                merge(rollup, result.get(child)!);
            }
            result.set(top.key, finish(rollup));
            done.add(top.key);
        }
    }
    // Goals of a cycle: every goal reachable from them, each once, themselves left out.
    for (const key of inCycle) {
        const rollup = emptyRollup();
        for (const child of children.get(key) ?? []) {
            addReachable(rollup, child, byKey, children, key);
        }
        result.set(key, finish(rollup));
    }
    return result;
}

function emptyRollup(): Rollup {
    return { total: 0, counts: {} };
}

function add(rollup: Rollup, status: GoalStatus, count: number): void {
    rollup.total += count;
    rollup.counts[status] = (rollup.counts[status] ?? 0) + count;
}

function merge(into: Rollup, from: Rollup): void {
    for (const status of GOAL_STATUSES) {
        const count = from.counts[status];
        if (count) {
            add(into, status, count);
        }
    }
}

/** Names the worst status present: not-started and unknown rank last, so they are worst only alone. */
function finish(rollup: Rollup): Rollup {
    const worst = ROLLUP_ORDER.find(status => rollup.counts[status]);
    if (worst) {
        rollup.worst = worst;
    }
    return rollup;
}

/** Adds every goal reachable from `start` (start included, `self` never), each once. */
function addReachable<K>(rollup: Rollup, start: K, byKey: Map<K, AlignedGoal<K>>, children: Map<K, K[]>, self: K): void {
    const seen = new Set<K>([self]);
    const stack = [start];
    while (stack.length > 0) {
        const key = stack.pop()!;
        if (seen.has(key)) {
            continue;
        }
        seen.add(key);
        add(rollup, byKey.get(key)!.status, 1);
        for (const child of children.get(key) ?? []) {
            stack.push(child);
        }
    }
}

/** The goals on an alignment cycle. */
function cycleMembers<K>(byKey: Map<K, AlignedGoal<K>>): Set<K> {
    // A goal has one parent, so the graph is a functional graph: walk parent chains, marking
    // goals whose chain returns to a goal on the current walk.
    const state = new Map<K, 'walking' | 'done'>();
    const members = new Set<K>();
    for (const start of byKey.keys()) {
        const path: K[] = [];
        let key: K | undefined = start;
        while (key !== undefined && !state.has(key)) {
            state.set(key, 'walking');
            path.push(key);
            const parent: K | undefined = byKey.get(key)!.parent;
            key = parent !== undefined && byKey.has(parent) && parent !== key ? parent : undefined;
        }
        if (key !== undefined && state.get(key) === 'walking') {
            for (let index = path.indexOf(key); index < path.length; index++) {
                members.add(path[index]);
            }
        }
        for (const walked of path) {
            state.set(walked, 'done');
        }
    }
    return members;
}

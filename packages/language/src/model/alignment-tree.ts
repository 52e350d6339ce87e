/**
 * The alignment tree across plans: each goal under the goal it `aligns` to, roots first (a
 * goal that aligns to nothing, or to a goal that is not loaded), in the order the goals
 * are given. Every goal appears once: the goals of an alignment cycle (an error of its
 * own) hang under the first of them to be given, which becomes a root. Pure and linear.
 * `pruneTree` keeps the goals of some plans only (a portfolio's), lifting the children of
 * a goal left out into its place.
 */

export interface TreeGoal<K, T> {
    key: K;
    parent?: K;
    value: T;
}

export interface TreeNode<T> {
    value: T;
    children: Array<TreeNode<T>>;
}

export function alignmentTree<K, T>(goals: ReadonlyArray<TreeGoal<K, T>>): Array<TreeNode<T>> {
    const known = new Set(goals.map(goal => goal.key));
    const children = new Map<K, Array<TreeGoal<K, T>>>();
    const roots: Array<TreeGoal<K, T>> = [];
    for (const goal of goals) {
        if (goal.parent !== undefined && goal.parent !== goal.key && known.has(goal.parent)) {
            const list = children.get(goal.parent);
            if (list) {
                list.push(goal);
            } else {
                children.set(goal.parent, [goal]);
            }
        } else {
            roots.push(goal);
        }
    }
    const placed = new Set<K>();
    const build = (start: TreeGoal<K, T>): TreeNode<T> => {
        // Iterative, so a long chain of alignments cannot overflow the stack.
        const root: TreeNode<T> = { value: start.value, children: [] };
        placed.add(start.key);
        const stack: Array<{ goal: TreeGoal<K, T>; node: TreeNode<T> }> = [{ goal: start, node: root }];
        while (stack.length > 0) {
            const { goal, node } = stack.pop()!;
            for (const child of children.get(goal.key) ?? []) {
                if (placed.has(child.key)) {
                    continue;
                }
                placed.add(child.key);
                const childNode: TreeNode<T> = { value: child.value, children: [] };
                node.children.push(childNode);
                stack.push({ goal: child, node: childNode });
            }
        }
        return root;
    };
    const tree = roots.map(build);
    // What is left is on a cycle, or hangs from one: the first such goal roots its part.
    for (const goal of goals) {
        if (!placed.has(goal.key)) {
            tree.push(build(goal));
        }
    }
    return tree;
}

/**
 * The tree with only the nodes `keep` accepts, in the same order: a node left out gives
 * its place to its kept descendants (so a unit goal aligned to a goal of a plan outside
 * the portfolio becomes a root). Iterative and linear.
 */
export function pruneTree<T>(tree: ReadonlyArray<TreeNode<T>>, keep: (value: T) => boolean): Array<TreeNode<T>> {
    const roots: Array<TreeNode<T>> = [];
    // Each entry: the nodes still to place, and the list they go into.
    const stack: Array<{ nodes: ReadonlyArray<TreeNode<T>>; index: number; into: Array<TreeNode<T>> }> = [{ nodes: tree, index: 0, into: roots }];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.index === top.nodes.length) {
            stack.pop();
            continue;
        }
        const node = top.nodes[top.index++];
        if (keep(node.value)) {
            const kept: TreeNode<T> = { value: node.value, children: [] };
            top.into.push(kept);
            stack.push({ nodes: node.children, index: 0, into: kept.children });
        } else {
            stack.push({ nodes: node.children, index: 0, into: top.into });
        }
    }
    return roots;
}

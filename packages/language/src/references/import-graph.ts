/**
 * The import graph of the loaded plans, and its import cycles, in time linear in its size:
 * one node per plan, an edge per import of a loaded plan; the strongly connected
 * components by Tarjan's algorithm (iterative: no recursion, no copied paths). Two plans
 * are in one cycle exactly when they are in one component. For the message of an import
 * that closes a cycle, each component has a root (its smallest URI) and two trees of
 * shortest paths inside it, to the root and from it, so the cycle through any import is
 * read off in steps, not searched for.
 *
 * `unresolved-import` asks it per import (a chain of 3,000 plans took 80 s when each import
 * searched the graph and copied its path at every step); the document builder compares it
 * before and after an edit to revalidate every plan whose cycle changed.
 */
import type { LangiumDocument } from 'langium';
import { pushAll } from '../common/collections.js';
import { importedUris } from './imports.js';

/** A cycle through an import: the plans from the importing one round to it again (first and last the same). */
export interface ImportCycle {
    /** The plans in order, importer first and last; when shortened, its first three and its last two. */
    plans: string[];
    /** How many imports the cycle has. */
    length: number;
    /** Whether `plans` leaves out the middle of a long cycle. */
    shortened: boolean;
}

/** A cycle longer than this is named by its first and last plans only. */
const NAMED_IN_FULL = 8;

export class ImportGraph {
    /** Per plan (URI), what it imports, in written order: every target, loaded or not. */
    private readonly imports = new Map<string, readonly string[]>();
    /** Per plan in a cycle, its component's index in `members`. */
    private readonly component = new Map<string, number>();
    /** The members of each component of more than one plan. */
    private readonly members: string[][] = [];
    /** Inside a component: the next plan on a shortest path to its root, and the previous one on a shortest path from it. */
    private readonly towardRoot = new Map<string, string>();
    private readonly fromRoot = new Map<string, string>();
    /** Inside a component: the plan after the root on the shortest path from it, and the plan before the root on the shortest path to it. */
    private readonly firstFromRoot = new Map<string, string>();
    private readonly lastBeforeRoot = new Map<string, string>();
    /** Inside a component: how many imports a shortest path to (from) its root has. */
    private readonly stepsToRoot = new Map<string, number>();
    private readonly stepsFromRoot = new Map<string, number>();
    private readonly rootOf: string[] = [];

    constructor(documents: Iterable<LangiumDocument>) {
        for (const document of documents) {
            this.imports.set(document.uri.toString(), importedUris(document).map(uri => uri.toString()));
        }
        this.findCycles();
    }

    /** What the plan imports (its targets, loaded or not); undefined for a plan not loaded. */
    importsOf(uri: string): readonly string[] | undefined {
        return this.imports.get(uri);
    }

    /** The plans in a cycle with this one (itself included); just itself when it is in none. */
    cycleMembers(uri: string): readonly string[] {
        const index = this.component.get(uri);
        return index === undefined ? [uri] : this.members[index];
    }

    /** The cycle that the import from `importer` to `target` closes, if it closes one. */
    cycleThrough(importer: string, target: string): ImportCycle | undefined {
        const index = this.component.get(importer);
        if (index === undefined || this.component.get(target) !== index || importer === target) {
            return undefined;
        }
        // The walk: importer → target ⇝ root ⇝ importer.
        const root = this.rootOf[index];
        const length = 1 + this.stepsToRoot.get(target)! + this.stepsFromRoot.get(importer)!;
        if (length <= NAMED_IN_FULL) {
            const plans = [importer];
            for (let at = target; at !== root; at = this.towardRoot.get(at)!) {
                plans.push(at);
            }
            const fromRoot: string[] = [];
            for (let at = importer; at !== root; at = this.fromRoot.get(at)!) {
                fromRoot.push(at);
            }
            plans.push(root);
            pushAll(plans, fromRoot.reverse());
            return { plans, length, shortened: false };
        }
        // Long: its first three plans and its last two, each found in a step.
        const third = target === root ? this.firstFromRoot.get(importer)! : this.towardRoot.get(target)!;
        const beforeLast = importer === root ? this.lastBeforeRoot.get(target)! : this.fromRoot.get(importer)!;
        return { plans: [importer, target, third, beforeLast, importer], length, shortened: true };
    }

    /**
     * The plans whose cycles or imports differ between `before` and this graph: every plan
     * whose import list changed (or that appeared or went), what it imports or imported,
     * and every member of its cycle before and after. They need relinking and revalidating.
     */
    changedSince(before: ImportGraph): Set<string> {
        const affected = new Set<string>();
        const add = (uris: readonly string[] | undefined) => uris?.forEach(uri => affected.add(uri));
        for (const uri of new Set([...before.imports.keys(), ...this.imports.keys()])) {
            const was = before.imports.get(uri);
            const is = this.imports.get(uri);
            if (was !== undefined && is !== undefined && was.length === is.length && was.every((target, i) => target === is[i])) {
                continue;
            }
            affected.add(uri);
            add(was);
            add(is);
            add(before.cycleMembers(uri));
            add(this.cycleMembers(uri));
        }
        return affected;
    }

    /** Edges to loaded plans only: an import of a file not loaded closes no cycle. */
    private edgesOf(uri: string): readonly string[] {
        return (this.imports.get(uri) ?? []).filter(target => this.imports.has(target));
    }

    private findCycles(): void {
        const order = new Map<string, number>();
        const low = new Map<string, number>();
        const onStack = new Set<string>();
        const stack: string[] = [];
        const edges = new Map<string, readonly string[]>();
        const edgesOf = (uri: string) => {
            let found = edges.get(uri);
            if (!found) {
                found = this.edgesOf(uri);
                edges.set(uri, found);
            }
            return found;
        };
        for (const start of this.imports.keys()) {
            if (order.has(start)) {
                continue;
            }
            const work: Array<{ uri: string; next: number }> = [];
            const visit = (uri: string) => {
                order.set(uri, order.size);
                low.set(uri, order.get(uri)!);
                stack.push(uri);
                onStack.add(uri);
                work.push({ uri, next: 0 });
            };
            visit(start);
            while (work.length > 0) {
                const frame = work[work.length - 1];
                const targets = edgesOf(frame.uri);
                if (frame.next < targets.length) {
                    const target = targets[frame.next++];
                    if (!order.has(target)) {
                        visit(target);
                    } else if (onStack.has(target)) {
                        low.set(frame.uri, Math.min(low.get(frame.uri)!, order.get(target)!));
                    }
                    continue;
                }
                work.pop();
                if (work.length > 0) {
                    const parent = work[work.length - 1].uri;
                    low.set(parent, Math.min(low.get(parent)!, low.get(frame.uri)!));
                }
                if (low.get(frame.uri) === order.get(frame.uri)) {
                    const members: string[] = [];
                    let member: string;
                    do {
                        member = stack.pop()!;
                        onStack.delete(member);
                        members.push(member);
                    } while (member !== frame.uri);
                    if (members.length > 1) {
                        this.addComponent(members, edgesOf);
                    }
                }
            }
        }
    }

    /** Records a cycle's members, its root, and the shortest-path trees to and from the root inside it. */
    private addComponent(members: string[], edgesOf: (uri: string) => readonly string[]): void {
        const index = this.members.length;
        members.sort();
        this.members.push(members);
        for (const member of members) {
            this.component.set(member, index);
        }
        const root = members[0];
        this.rootOf.push(root);
        const inside = (uri: string) => this.component.get(uri) === index;
        // From the root forward: the previous plan on a shortest path from the root.
        const reached = [root];
        this.stepsFromRoot.set(root, 0);
        for (let head = 0; head < reached.length; head++) {
            const at = reached[head];
            for (const next of edgesOf(at)) {
                if (inside(next) && !this.stepsFromRoot.has(next)) {
                    this.stepsFromRoot.set(next, this.stepsFromRoot.get(at)! + 1);
                    this.fromRoot.set(next, at);
                    this.firstFromRoot.set(next, at === root ? next : this.firstFromRoot.get(at)!);
                    reached.push(next);
                }
            }
        }
        // Toward the root: the same over the reversed edges, giving the next plan on a shortest path to it.
        const importers = new Map<string, string[]>();
        for (const member of members) {
            for (const next of edgesOf(member)) {
                if (inside(next)) {
                    let list = importers.get(next);
                    if (!list) {
                        importers.set(next, list = []);
                    }
                    list.push(member);
                }
            }
        }
        const back = [root];
        this.stepsToRoot.set(root, 0);
        for (let head = 0; head < back.length; head++) {
            const at = back[head];
            for (const previous of importers.get(at) ?? []) {
                if (!this.stepsToRoot.has(previous)) {
                    this.stepsToRoot.set(previous, this.stepsToRoot.get(at)! + 1);
                    this.towardRoot.set(previous, at);
                    this.lastBeforeRoot.set(previous, at === root ? previous : this.lastBeforeRoot.get(at)!);
                    back.push(previous);
                }
            }
        }
    }
}

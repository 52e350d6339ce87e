/**
 * The plan model of a loaded document, computed once per build and shared by the rules,
 * hover, code lens, the preview and the CLI. Check-ins are gathered from every loaded plan
 * through the usage index, so a separate check-in file still counts for the goal.
 */
import type { LangiumCoreServices, LangiumDocument } from 'langium';
import { DocumentState, WorkspaceCache } from 'langium';
import { isCheckinEntry, type CheckinEntry, type Goal, type PlanFile } from '../generated/ast.js';
import { extractPlan } from '../model/extract.js';
import type { GoalFacts, PlanFacts } from '../model/plan-facts.js';
import type { UsageIndex } from './usage-index.js';

export interface DocumentPlanModel {
    facts: PlanFacts;
    /** The facts of each goal declared in the document, by its syntax node. */
    goals: Map<Goal, GoalFacts>;
}

export class PlanModelProvider {
    /** Cleared on every build: a check-in file changing changes the model of the plan it measures. */
    private readonly cache: WorkspaceCache<string, DocumentPlanModel>;

    constructor(services: LangiumCoreServices, private readonly usages: () => UsageIndex) {
        this.cache = new WorkspaceCache(services.shared, DocumentState.Linked);
    }

    modelOf(document: LangiumDocument): DocumentPlanModel {
        return this.cache.get(document.uri.toString(), () => this.compute(document));
    }

    private compute(document: LangiumDocument): DocumentPlanModel {
        const plan = document.parseResult.value as PlanFile;
        const goalNodes: Goal[] = [];
        const facts = extractPlan(plan, {
            checkinsOf: goal => {
                goalNodes.push(goal);
                return this.usages().usagesOf(goal)
                    .map(usage => usage.container)
                    .filter((container): container is CheckinEntry => isCheckinEntry(container));
            }
        });
        return { facts, goals: new Map(goalNodes.map((node, index) => [node, facts.goals[index]])) };
    }
}

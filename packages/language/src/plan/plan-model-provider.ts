/**
 * The plan model of a loaded document, computed once per build and shared by the rules,
 * hover, code lens, the preview and the CLI. Check-ins are gathered from every loaded plan
 * through the usage index, so a separate check-in file still counts for the goal. The
 * model is read part by part: the rules need the header, the reviews and each goal's
 * facts, not the whole plan, so `smart lint` never extracts what no rule reads; the whole
 * plan's facts reuse the goal facts already read.
 */
import type { LangiumCoreServices, LangiumDocument } from 'langium';
import { DocumentState, WorkspaceCache } from 'langium';
import type { CheckinEntry, Goal, PlanFile } from '../generated/ast.js';
import { extractGoal, extractHeader, extractPlan, extractReview } from '../model/extract.js';
import type { GoalFacts, HeaderFacts, PlanFacts, ReviewFacts } from '../model/plan-facts.js';
import type { UsageIndex } from './usage-index.js';

export class DocumentPlanModel {
    private all: PlanFacts | undefined;
    private reviewList: ReviewFacts[] | undefined;
    private readonly goalFacts = new Map<Goal, GoalFacts>();
    /** The plan header's facts. */
    readonly header: HeaderFacts | undefined;

    constructor(private readonly plan: PlanFile, private readonly checkinsOf: (goal: Goal) => CheckinEntry[]) {
        this.header = extractHeader(plan.header);
    }

    /** The facts of the whole plan. */
    get facts(): PlanFacts {
        this.all ??= extractPlan(this.plan, { checkinsOf: this.checkinsOf, goalFacts: goal => this.goal(goal) });
        return this.all;
    }

    /** The facts of a goal declared in the document, with its check-ins from every loaded plan. */
    goal(goal: Goal): GoalFacts {
        let facts = this.goalFacts.get(goal);
        if (!facts) {
            facts = extractGoal(goal, this.header?.cadence, this.checkinsOf(goal));
            this.goalFacts.set(goal, facts);
        }
        return facts;
    }

    /** The reviews the plan records. */
    get reviews(): ReviewFacts[] {
        this.reviewList ??= this.all?.reviews ?? this.plan.declarations.flatMap(d => d.$type === 'Review' ? [extractReview(d)] : []);
        return this.reviewList;
    }
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
        return new DocumentPlanModel(document.parseResult.value as PlanFile, goal => this.usages().usagesOf(goal)
            .map(usage => usage.container)
            .filter((container): container is CheckinEntry => container.$type === 'CheckinEntry'));
    }
}

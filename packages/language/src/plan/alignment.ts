/**
 * The alignment of goals across every loaded plan: each goal's status as of today (with
 * its own plan's settings), its roll-up (model/rollup.ts) and the alignment tree
 * (model/alignment-tree.ts). Computed once per workspace build, when first asked for,
 * and shared by the hover, the code lens, the preview, `smart report`, the SMART Goals view
 * and the MCP server. A goal whose plan has syntax errors is still there, marked.
 */
import { DocumentState, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { GoalStatus } from '../common/vocabulary.js';
import { isGoal, type Goal, type PlanFile } from '../generated/ast.js';
import { alignmentTree, type TreeNode } from '../model/alignment-tree.js';
import { goalForecast, type GoalForecast } from '../model/forecast.js';
import type { GoalFacts } from '../model/plan-facts.js';
import { goalProgress, type GoalProgress } from '../model/progress.js';
import { rollups, type Rollup } from '../model/rollup.js';
import type { SmartServices } from '../smart-module.js';

/** A goal of the workspace as the alignment sees it. */
export interface AlignedGoalInfo {
    goal: Goal;
    document: LangiumDocument;
    facts: GoalFacts;
    progress: GoalProgress;
    forecast: GoalForecast;
    rollup: Rollup;
    /** Whether the goal's plan has syntax errors (its figures may be incomplete). */
    syntaxErrors: boolean;
}

interface WorkspaceAlignment {
    goals: Map<Goal, AlignedGoalInfo>;
    tree: Array<TreeNode<AlignedGoalInfo>>;
}

export class PlanAlignment {
    private readonly documents: LangiumDocuments;
    private current: WorkspaceAlignment | undefined;

    constructor(private readonly services: SmartServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        const builder = services.shared.workspace.DocumentBuilder;
        // A change anywhere, or a build (settings changed: statuses move), makes it stale.
        builder.onUpdate(() => { this.current = undefined; });
        builder.onBuildPhase(DocumentState.Validated, () => { this.current = undefined; });
    }

    /** The goal's status, forecast and roll-up; undefined for a goal of no loaded plan. */
    of(goal: Goal): AlignedGoalInfo | undefined {
        return this.alignment().goals.get(goal);
    }

    /** The alignment tree of every loaded plan: roots first, children under the goal they align to. */
    tree(): Array<TreeNode<AlignedGoalInfo>> {
        return this.alignment().tree;
    }

    private alignment(): WorkspaceAlignment {
        this.current ??= this.compute();
        return this.current;
    }

    private compute(): WorkspaceAlignment {
        const models = this.services.plan.PlanModelProvider;
        const configs = this.services.config.ConfigProvider;
        const goals = new Map<Goal, AlignedGoalInfo>();
        for (const document of this.documents.all) {
            const plan = document.parseResult.value as PlanFile;
            if (!plan?.declarations) {
                continue;
            }
            const model = models.modelOf(document);
            const config = configs.configFor(document.uri);
            const syntaxErrors = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0;
            for (const goal of plan.declarations) {
                if (!isGoal(goal) || !goal.name) {
                    continue;
                }
                const facts = model.goal(goal);
                const progress = goalProgress(facts, config.today, config.behindTolerance);
                goals.set(goal, { goal, document, facts, progress, forecast: goalForecast(facts, progress, config.today), rollup: { total: 0, counts: {} }, syntaxErrors });
            }
        }
        const parentOf = (goal: Goal): Goal | undefined => {
            const parent = goal.aligns[0]?.ref;
            return parent && goals.has(parent) ? parent : undefined;
        };
        const statusOf = (info: AlignedGoalInfo): GoalStatus => info.progress.status;
        for (const [goal, rollup] of rollups([...goals.values()].map(info => ({ key: info.goal, status: statusOf(info), parent: parentOf(info.goal) })))) {
            goals.get(goal)!.rollup = rollup;
        }
        const tree = alignmentTree([...goals.values()].map(info => ({ key: info.goal, parent: parentOf(info.goal), value: info })));
        return { goals, tree };
    }
}

/**
 * The plan model as the editor and the report see it: for a document, its view model (the
 * preview pane, `smart report`), and for a goal, its facts, standing and SMART letters.
 * Hover, code lens, inlay hints, `smart/preview` and the CLI's report all read from here,
 * and here only reads the pure model (model/*): nothing is computed twice.
 */
import type { LangiumDocument } from 'langium';
import { AstUtils, UriUtils } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { formatDay } from '../common/dates.js';
import { formatValuePair, type ForecastFigures } from '../common/format.js';
import { isGoal, type Goal, type PlanFile } from '../generated/ast.js';
import { pruneTree, type TreeNode } from '../model/alignment-tree.js';
import { goalForecast, type GoalForecast } from '../model/forecast.js';
import { lettersByGoal, type SmartLetters } from '../model/letters.js';
import type { GoalFacts } from '../model/plan-facts.js';
import { buildPlanView } from '../model/plan-view.js';
import type { AlignmentNode, PlanView, Portfolio } from '../model/plan-view-schema.js';
import { goalProgress, valueUnit, type GoalProgress } from '../model/progress.js';
import type { Rollup } from '../model/rollup.js';
import type { AlignedGoalInfo } from './alignment.js';
import { letterOfRule } from '../rules/index.js';
import type { SmartServices } from '../smart-module.js';

export interface GoalInsight {
    facts: GoalFacts;
    progress: GoalProgress;
    forecast: GoalForecast;
    /** The goals aligned to this one, across the loaded plans, by status. */
    rollup: Rollup | undefined;
    letters: SmartLetters;
}

export class PlanInsight {
    constructor(private readonly services: SmartServices) { }

    goal(goal: Goal): GoalInsight | undefined {
        const document = AstUtils.getDocument(goal);
        if (document.parseResult.value !== AstUtils.findRootNode(goal)) {
            return undefined; // a goal of an older version of the document
        }
        const facts = this.services.plan.PlanModelProvider.modelOf(document).goal(goal);
        const config = this.services.config.ConfigProvider.configFor(document.uri);
        const progress = goalProgress(facts, config.today, config.behindTolerance);
        return {
            facts,
            progress,
            forecast: goalForecast(facts, progress, config.today),
            rollup: this.services.plan.Alignment.of(goal)?.rollup,
            letters: lettersByGoal(document.diagnostics ?? [], [goal.name], letterOfRule).get(goal.name)!
        };
    }

    /** The view model of a plan; `file` names it to the reader (by default its file name); `diagnostics` default to the document's own (pass them for a plan built without validation). */
    planView(document: LangiumDocument, file = UriUtils.basename(document.uri), diagnostics: readonly Diagnostic[] = document.diagnostics ?? []): PlanView {
        const config = this.services.config.ConfigProvider.configFor(document.uri);
        const visible = this.services.references.ScopeProvider.visibleNames(document);
        return buildPlanView({
            file,
            facts: this.services.plan.PlanModelProvider.modelOf(document).facts,
            diagnostics,
            today: config.today,
            tolerance: config.behindTolerance,
            letterOf: letterOfRule,
            rollupOf: rollupsByName(this.services, document),
            importedTitle: name => {
                const title = (visible.get(name)?.node as { title?: unknown } | undefined)?.title;
                return typeof title === 'string' ? title : undefined;
            }
        });
    }
}

/** `150 / 400 (12%)`, `8,150 / 22,000 USD (52%)`: actual against target, in the goal's unit. */
export function formatStanding(facts: GoalFacts, progress: GoalProgress): string {
    const percent = progress.progress === undefined ? '' : ` (${Math.round(progress.progress)}%)`;
    return `${formatValuePair(progress.actual, facts.target?.value, valueUnit(facts))}${percent}`;
}

/** The forecast figures of a goal, as the view model would hold them, for the shared wording of common/format.ts. */
export function forecastFigures(facts: GoalFacts, forecast: GoalForecast): ForecastFigures {
    const orNull = (value: number | undefined) => value === undefined || !Number.isFinite(value) ? null : value;
    return {
        forecast: orNull(forecast.forecast),
        eta: forecast.eta === undefined ? null : formatDay(forecast.eta),
        paceNeeded: orNull(forecast.paceNeeded),
        target: orNull(facts.target?.value),
        deadline: facts.target?.day === undefined ? null : formatDay(facts.target.day),
        unit: valueUnit(facts)
    };
}

/**
 * The alignment tree of every loaded plan, each plan named by `fileOf`; with `include`,
 * of those plans only (the goals of the others left out, their children in their place).
 */
export function alignmentView(services: SmartServices, fileOf: (document: LangiumDocument) => string, include?: (document: LangiumDocument) => boolean): AlignmentNode[] {
    const toView = (node: TreeNode<AlignedGoalInfo>): AlignmentNode => {
        const { goal, document, facts, progress, forecast, rollup, syntaxErrors } = node.value;
        return {
            file: fileOf(document),
            goal: goal.name,
            title: facts.title,
            status: progress.status,
            progress: finiteOrNull(progress.progress),
            forecast: finiteOrNull(forecast.forecast),
            rollup: { total: rollup.total, worst: rollup.worst ?? null, counts: { ...rollup.counts } },
            line: facts.line,
            syntaxErrors,
            children: inReadingOrder(node.children.map(toView))
        };
    };
    const tree = services.plan.Alignment.tree();
    return inReadingOrder((include ? pruneTree(tree, info => include(info.document)) : tree).map(toView));
}

/** Goals by file, then by line: the same order whichever plan was loaded first (an editor opens them as it likes). */
function inReadingOrder(nodes: AlignmentNode[]): AlignmentNode[] {
    return nodes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * The portfolio of several plans (`smart report PATHS...`): each plan's view, in the order
 * given, and the alignment tree across them. The roll-ups count every loaded plan (the
 * plans imported too); the tree holds the given plans' goals. Its `today` is the plans'
 * (the latest, should their configurations fix different days).
 */
export function portfolioView(services: SmartServices, documents: readonly LangiumDocument[], fileOf: (document: LangiumDocument) => string): Portfolio {
    const plans = documents.map(document => services.plan.PlanInsight.planView(document, fileOf(document)));
    const included = new Set(documents);
    return {
        today: plans.reduce((latest, plan) => plan.today > latest ? plan.today : latest, ''),
        plans,
        alignment: alignmentView(services, fileOf, document => included.has(document))
    };
}

function finiteOrNull(value: number | undefined): number | null {
    return value !== undefined && Number.isFinite(value) ? value : null;
}

/** The roll-up of each goal of the document, by name, from the workspace's alignment. */
function rollupsByName(services: SmartServices, document: LangiumDocument): (name: string) => Rollup | undefined {
    const byName = new Map<string, Rollup>();
    for (const goal of (document.parseResult.value as PlanFile).declarations?.filter(isGoal) ?? []) {
        const rollup = services.plan.Alignment.of(goal)?.rollup;
        if (rollup && !byName.has(goal.name)) {
            byName.set(goal.name, rollup);
        }
    }
    return name => byName.get(name);
}

/**
 * The plan model as the editor and the report see it: for a document, its view model (the
 * preview pane, `smart report`), and for a goal, its facts, standing and SMART letters.
 * Hover, code lens, inlay hints, `smart/preview` and the CLI's report all read from here,
 * and here only reads the pure model (model/*): nothing is computed twice.
 */
import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { formatDay } from '../common/dates.js';
import { formatDate, roundTo2 } from '../common/format.js';
import { isGoal, type Goal, type PlanFile } from '../generated/ast.js';
import { lettersByGoal, type SmartLetters } from '../model/letters.js';
import type { GoalFacts } from '../model/plan-facts.js';
import { buildPlanView } from '../model/plan-view.js';
import type { AlignmentNode, PlanView } from '../model/plan-view-schema.js';
import type { TreeNode } from '../model/alignment-tree.js';
import type { AlignedGoalInfo } from './alignment.js';
import { goalForecast, type GoalForecast } from '../model/forecast.js';
import { goalProgress, type GoalProgress } from '../model/progress.js';
import type { Rollup } from '../model/rollup.js';
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

    /** The view model; `diagnostics` default to the document's own (pass them for a plan built without validation). */
    planView(document: LangiumDocument, file = document.uri.toString(), diagnostics: readonly Diagnostic[] = document.diagnostics ?? []): PlanView {
        const config = this.services.config.ConfigProvider.configFor(document.uri);
        return buildPlanView({
            file,
            facts: this.services.plan.PlanModelProvider.modelOf(document).facts,
            diagnostics,
            today: config.today,
            tolerance: config.behindTolerance,
            letterOf: letterOfRule,
            rollupOf: rollupsByName(this.services, document)
        });
    }
}

/** The alignment tree of every loaded plan, each plan named by `fileOf`. */
export function alignmentView(services: SmartServices, fileOf: (document: LangiumDocument) => string): AlignmentNode[] {
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
            children: node.children.map(toView)
        };
    };
    return services.plan.Alignment.tree().map(toView);
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

/** A figure of the goal as the code lens and hover write it: `150`, `7.5%`. */
function goalFigure(facts: GoalFacts, value: number | undefined): string {
    const unit = facts.target?.percent || facts.metricUnit === '%' ? '%' : '';
    return value === undefined ? '—' : `${roundTo2(value)}${unit}`;
}

/** `150 / 400 (12%)`: actual against target, with the unit's percent sign. */
export function formatStanding(facts: GoalFacts, progress: GoalProgress): string {
    const percent = progress.progress === undefined ? '' : ` (${Math.round(progress.progress)}%)`;
    return `${goalFigure(facts, progress.actual)} / ${goalFigure(facts, facts.target?.value)}${percent}`;
}

/** `forecast 415 by 31 Dec 2027`: where the pace so far leads by the deadline; empty without a forecast. */
export function formatForecast(facts: GoalFacts, forecast: GoalForecast): string {
    return forecast.forecast === undefined || facts.target?.day === undefined ? '' : `forecast ${goalFigure(facts, forecast.forecast)} by ${formatDate(formatDay(facts.target.day))}`;
}

/** `reaches 400 on 20 Nov 2027 · needs +12.5 a month`: the eta and the pace now needed. */
export function formatPace(facts: GoalFacts, forecast: GoalForecast): string {
    const parts: string[] = [];
    if (forecast.forecast !== undefined) {
        parts.push(forecast.eta !== undefined ? `reaches ${goalFigure(facts, facts.target?.value)} on ${formatDate(formatDay(forecast.eta))}` : 'at this pace never reaches the target');
    }
    if (forecast.paceNeeded !== undefined) {
        parts.push(`needs ${forecast.paceNeeded >= 0 ? '+' : '−'}${goalFigure(facts, Math.abs(forecast.paceNeeded))} a month`);
    }
    return parts.join(' · ');
}

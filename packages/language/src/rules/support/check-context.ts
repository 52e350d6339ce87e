/**
 * What the rules read about the node being checked, computed once per node and shared by
 * every rule that checks it: its document, the settings in force, the plan model, and for
 * a goal its facts, standing as of today and the strategies serving it. Each figure comes
 * from the plan model (model/*); a check never computes one itself.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { formatDate, formatMeasured, formatValue } from '../../common/format.js';
import { isGoal, isStrategy, type Goal, type Strategy } from '../../generated/ast.js';
import type { GoalFacts } from '../../model/plan-facts.js';
import { goalForecast, type GoalForecast } from '../../model/forecast.js';
import { goalProgress, latestCheckin, valueUnit, type GoalProgress } from '../../model/progress.js';
import type { CheckinValue } from '../../model/plan-facts.js';
import type { ResolvedConfig } from '../../config/config-schema.js';
import type { DocumentPlanModel } from '../../plan/plan-model-provider.js';
import type { SmartServices } from '../../smart-module.js';

export class CheckContext {
    private cachedDocument: LangiumDocument | undefined;
    private cachedConfig: ResolvedConfig | undefined;
    private cachedModel: DocumentPlanModel | undefined;
    private cachedGoal: GoalContext | undefined;

    constructor(readonly services: SmartServices, private readonly node: AstNode) { }

    get document(): LangiumDocument {
        return this.cachedDocument ??= AstUtils.getDocument(this.node);
    }

    /** The settings in force for the node's plan. */
    get config(): ResolvedConfig {
        return this.cachedConfig ??= this.services.config.ConfigProvider.configFor(this.document.uri);
    }

    /** The plan model of the node's document. */
    get model(): DocumentPlanModel {
        return this.cachedModel ??= this.services.plan.PlanModelProvider.modelOf(this.document);
    }

    /** What the goal rules read about the goal being checked; undefined for a goal without a name (a syntax error). */
    get goal(): GoalContext | undefined {
        if (!isGoal(this.node) || !this.node.name) {
            return undefined;
        }
        return this.cachedGoal ??= new GoalContext(this, this.node);
    }
}

/** A goal as its rules see it: facts, how messages name it, standing and serving strategies. */
export class GoalContext {
    readonly facts: GoalFacts;
    /** `Goal 'growMembers'`: how messages start. */
    readonly label: string;
    /** Carried by every finding about the goal (the SMART letters are read from it). */
    readonly data: { goal: string };
    /** The unit the goal's values read in (its metric's), for the figures in messages. */
    readonly unit: string | undefined;
    /** A finding placed on the goal's name. */
    readonly atName: { node: Goal; property: 'name'; data: { goal: string } };
    private cachedStanding: GoalProgress | undefined;
    private cachedForecast: GoalForecast | undefined;
    private cachedLatest: { value: CheckinValue | undefined } | undefined;
    private cachedStrategies: Strategy[] | undefined;

    constructor(private readonly context: CheckContext, readonly node: Goal) {
        this.facts = context.model.goal(node);
        this.label = `Goal '${node.name}'`;
        this.data = { goal: node.name };
        this.unit = valueUnit(this.facts);
        this.atName = { node, property: 'name', data: this.data };
    }

    /** Status and progress as of today (language.md, "Status"). */
    get standing(): GoalProgress {
        const config = this.context.config;
        return this.cachedStanding ??= goalProgress(this.facts, config.today, config.behindTolerance);
    }

    /** Forecast, eta and pace needed at the pace so far (language.md, "Forecast"). */
    get forecast(): GoalForecast {
        return this.cachedForecast ??= goalForecast(this.facts, this.standing, this.context.config.today);
    }

    /** The latest check-in dated on or before today. */
    get latest(): CheckinValue | undefined {
        this.cachedLatest ??= { value: latestCheckin(this.facts.checkins, this.context.config.today) };
        return this.cachedLatest.value;
    }

    /** The latest check-in in words: `150 on 1 Feb 2027`, or `no check-in`. */
    get measuredText(): string {
        const latest = this.latest;
        return latest ? `${this.measured(latest)} on ${formatDate(latest.date)}` : 'no check-in';
    }

    /** A value of the goal as it reads in messages: `150`, `7.5%`, `8,150 USD`. */
    measured(value: { value: number; percent: boolean }): string {
        return formatMeasured(value, this.unit);
    }

    /** `Goal 'g' is behind: 150 on 1 Feb 2027, where the plan expected 161 by then.` */
    offPathText(words: string): string {
        const expected = formatValue(this.standing.expectedAtCheckin!, this.facts.target!.percent ? '%' : this.unit);
        return `${this.label} is ${words}: ${this.measuredText}, where the plan expected ${expected} by then.`;
    }

    /** The strategies that `serve` the goal, in any loaded plan. */
    get servingStrategies(): Strategy[] {
        return this.cachedStrategies ??= this.context.services.plan.UsageIndex.usagesOf(this.node).map(usage => usage.container).filter(isStrategy);
    }
}

/**
 * The plan model as the editor and the report see it: for a document, its view model (the
 * preview pane, `smart report`), and for a goal, its facts, standing and SMART letters.
 * Hover, code lens, inlay hints, `smart/preview` and the CLI's report all read from here,
 * and here only reads the pure model (model/*): nothing is computed twice.
 */
import type { LangiumDocument } from 'langium';
import { AstUtils, UriUtils } from 'langium';
import { formatValuePair } from '../common/format.js';
import type { Goal } from '../generated/ast.js';
import { lettersByGoal, type SmartLetters } from '../model/letters.js';
import type { GoalFacts } from '../model/plan-facts.js';
import { buildPlanView } from '../model/plan-view.js';
import type { PlanView } from '../model/plan-view-schema.js';
import { goalProgress, valueUnit, type GoalProgress } from '../model/progress.js';
import { letterOfRule } from '../rules/index.js';
import type { SmartServices } from '../smart-module.js';

export interface GoalInsight {
    facts: GoalFacts;
    progress: GoalProgress;
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
        return {
            facts,
            progress: goalProgress(facts, config.today, config.behindTolerance),
            letters: lettersByGoal(document.diagnostics ?? [], [goal.name], letterOfRule).get(goal.name)!
        };
    }

    /** The view model of a plan; `file` names it to the reader (by default its file name). */
    planView(document: LangiumDocument, file = UriUtils.basename(document.uri)): PlanView {
        const config = this.services.config.ConfigProvider.configFor(document.uri);
        const visible = this.services.references.ScopeProvider.visibleNames(document);
        return buildPlanView({
            file,
            facts: this.services.plan.PlanModelProvider.modelOf(document).facts,
            diagnostics: document.diagnostics ?? [],
            today: config.today,
            tolerance: config.behindTolerance,
            letterOf: letterOfRule,
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

/**
 * The plan model as the editor features see it: for a document, its view model (the
 * preview), and for a goal, its facts, standing and SMART letters. Hover, code lens,
 * inlay hints and `smart/preview` all read from here, and here only reads the pure
 * model (model/*): nothing is computed twice.
 */
import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Goal } from '../generated/ast.js';
import { lettersByGoal, type SmartLetters } from '../model/letters.js';
import type { GoalFacts } from '../model/plan-facts.js';
import { buildPlanView } from '../model/plan-view.js';
import type { PlanView } from '../model/plan-view-schema.js';
import { goalProgress, type GoalProgress } from '../model/progress.js';
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
            letters: lettersByGoal(document.diagnostics ?? [], [goal.name]).get(goal.name)!
        };
    }

    planView(document: LangiumDocument, file = document.uri.toString()): PlanView {
        const config = this.services.config.ConfigProvider.configFor(document.uri);
        return buildPlanView({
            file,
            facts: this.services.plan.PlanModelProvider.modelOf(document).facts,
            diagnostics: document.diagnostics ?? [],
            today: config.today,
            tolerance: config.behindTolerance
        });
    }
}

/** `150 / 400 (12%)`: actual against target, with the unit's percent sign. */
export function formatStanding(facts: GoalFacts, progress: GoalProgress): string {
    const unit = facts.target?.percent || facts.metricUnit === '%' ? '%' : '';
    const number = (value: number | undefined) => value === undefined ? '—' : `${Math.round(value * 100) / 100}${unit}`;
    const percent = progress.progress === undefined ? '' : ` (${Math.round(progress.progress)}%)`;
    return `${number(progress.actual)} / ${number(facts.target?.value)}${percent}`;
}

export const STATUS_LABEL: Record<GoalProgress['status'], string> = {
    'done': '✔ done',
    'missed': '✖ missed',
    'not-started': '○ not started',
    'on-track': '● on track',
    'at-risk': '▲ at risk',
    'behind': '▼ behind',
    'unknown': '? status unknown'
};

/** `S M · R T`: failing letters shown as a dot. */
export function formatLetters(letters: SmartLetters): string {
    return (['S', 'M', 'A', 'R', 'T'] as const).map(letter => letters[letter] ? letter : '·').join(' ');
}

/** `+10.3%/mo` */
export function formatRate(rate: number): string {
    return `${rate >= 0 ? '+' : '−'}${(Math.abs(rate) * 100).toFixed(1)}%/mo`;
}

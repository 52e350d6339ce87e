/**
 * The answers of the AI-assistant tools, computed by the plan services every other
 * surface uses (the view model, the alignment, the validator): the plans' diagnostics,
 * the goals by status with forecasts and roll-ups, and one goal explained. `smart mcp`
 * calls these on the plans it loaded; the language server calls them for VS Code's
 * language-model tools. The shapes are model/assistant-schema.ts.
 */
import type { LangiumDocument } from 'langium';
import { closestNames } from '../common/did-you-mean.js';
import { ROLLUP_ORDER, SMART_LETTERS, statusPhrase, type GoalStatus } from '../common/vocabulary.js';
import { isGoal, type PlanFile } from '../generated/ast.js';
import type { LinkedGoal, GoalExplanation, GoalList, GoalSummary, LintAnswer } from '../model/assistant-schema.js';
import type { AlignmentNode, GoalView } from '../model/plan-view-schema.js';
import { isRuleId, letterOfRule, ruleMetadata } from '../rules/index.js';
import type { SmartServices } from '../smart-module.js';
import { alignmentView } from './plan-insight.js';
import { currentDiagnostics, planDiagnostics } from './plan-diagnostics.js';

/** The plans a question is about, and how the answer names a plan. */
export interface AnswerScope {
    /**
     * The plans asked about. Other loaded plans (their imports, say) still count for the
     * cross-plan rules and the alignment, but are not answered about.
     */
    documents: readonly LangiumDocument[];
    fileOf: (document: LangiumDocument) => string;
}

/** Every plan's diagnostics, as `smart lint --format json` lists them (errors only, as `--quiet`), with the counts. */
export async function lintAnswer(services: SmartServices, scope: AnswerScope, options: { errorsOnly?: boolean } = {}): Promise<LintAnswer> {
    const counts = { error: 0, warning: 0, info: 0 };
    const files: LintAnswer['files'] = [];
    for (const document of scope.documents) {
        const diagnostics = planDiagnostics(await currentDiagnostics(services, document))
            .filter(diagnostic => !options.errorsOnly || diagnostic.severity === 'error');
        diagnostics.forEach(diagnostic => counts[diagnostic.severity]++);
        files.push({ file: scope.fileOf(document), diagnostics });
    }
    return { files, counts };
}

/** The goals of the plans, worst status first, optionally only those of the given statuses. */
export async function goalListAnswer(services: SmartServices, scope: AnswerScope, statuses?: readonly GoalStatus[]): Promise<GoalList> {
    const parents = new Map<string, AlignmentNode>();
    for (const { node, parent } of alignmentNodes(services, scope.fileOf)) {
        if (parent) {
            parents.set(goalKey(node.file, node.goal, node.line), parent);
        }
    }
    const counts: GoalList['counts'] = {};
    const goals: GoalSummary[] = [];
    for (const document of scope.documents) {
        const file = scope.fileOf(document);
        const view = services.plan.PlanInsight.planView(document, file, await currentDiagnostics(services, document));
        for (const goal of view.goals) {
            counts[goal.status] = (counts[goal.status] ?? 0) + 1;
            if (!statuses || statuses.includes(goal.status)) {
                const parent = parents.get(goalKey(file, goal.name, goal.line));
                goals.push(goalSummary(file, goal, parent ? { file: parent.file, goal: parent.goal } : null));
            }
        }
    }
    const rank = (status: GoalStatus) => ROLLUP_ORDER.indexOf(status);
    goals.sort((a, b) => rank(a.status) - rank(b.status) || a.file.localeCompare(b.file) || a.line - b.line);
    return { counts, goals };
}

/**
 * One goal explained: its view, every diagnostic about it with the letter it fails and
 * the rule's fix, the goal it aligns to and the goals aligned to it. A problem (no such
 * goal, or a name declared in several plans) when it is not exactly one goal.
 */
export async function explainGoalAnswer(services: SmartServices, scope: AnswerScope, goalName: string): Promise<GoalExplanation | { problem: string }> {
    const declaring = scope.documents.filter(document => goalNamesOf(document).includes(goalName));
    if (declaring.length === 0) {
        const known = new Set(scope.documents.flatMap(goalNamesOf));
        const close = closestNames(goalName, known);
        const hint = close.length > 0 ? `; did you mean ${close.map(name => `'${name}'`).join(' or ')}?` : known.size === 0 ? '; these plans declare no goal' : '';
        return { problem: `no goal named '${goalName}' in ${scope.documents.length === 1 ? scope.fileOf(scope.documents[0]) : 'these plans'}${hint}` };
    }
    if (declaring.length > 1) {
        return { problem: `goal '${goalName}' is declared in ${declaring.map(scope.fileOf).join(', ')}: say which plan` };
    }
    const [document] = declaring;
    const file = scope.fileOf(document);
    const diagnostics = await currentDiagnostics(services, document);
    const view = services.plan.PlanInsight.planView(document, file, diagnostics);
    const goal = view.goals.find(candidate => candidate.name === goalName)!;
    const problems = planDiagnostics(diagnostics.filter(diagnostic => (diagnostic.data as { goal?: unknown } | undefined)?.goal === goalName))
        .map(diagnostic => ({
            ...diagnostic,
            letter: letterOfRule(diagnostic.rule) ?? null,
            fix: isRuleId(diagnostic.rule) ? ruleMetadata(diagnostic.rule).fix : null
        }));
    const found = alignmentNodes(services, scope.fileOf)
        .find(({ node }) => node.file === file && node.goal === goalName && node.line === goal.line);
    return {
        file,
        today: view.today,
        goal,
        statusWords: statusPhrase(goal.status),
        problems,
        alignsTo: found?.parent ? linkedGoal(found.parent) : null,
        aligned: found ? found.node.children.map(linkedGoal) : []
    };
}

function goalSummary(file: string, goal: GoalView, alignsTo: GoalSummary['alignsTo']): GoalSummary {
    return {
        file,
        name: goal.name,
        title: goal.title,
        status: goal.status,
        owner: goal.owner,
        unit: goal.unit,
        baseline: goal.baseline,
        actual: goal.actual,
        expected: goal.expected,
        target: goal.target,
        progress: goal.progress,
        deadline: goal.deadline,
        daysLeft: goal.daysLeft,
        forecast: goal.forecast,
        eta: goal.eta,
        paceNeeded: goal.paceNeeded,
        rollup: goal.rollup,
        alignsTo,
        failingLetters: SMART_LETTERS.filter(letter => !goal.letters[letter]),
        line: goal.line
    };
}

function linkedGoal(node: AlignmentNode): LinkedGoal {
    return { file: node.file, goal: node.goal, title: node.title, status: node.status };
}

function goalNamesOf(document: LangiumDocument): string[] {
    return ((document.parseResult.value as PlanFile | undefined)?.declarations ?? []).filter(isGoal).map(goal => goal.name).filter(Boolean);
}

function goalKey(file: string, goal: string, line: number): string {
    return `${file}\u0000${line}\u0000${goal}`;
}

/** Every goal of the loaded plans' alignment tree with the goal it aligns to (walked without recursion: chains may be long). */
function alignmentNodes(services: SmartServices, fileOf: AnswerScope['fileOf']): Array<{ node: AlignmentNode; parent?: AlignmentNode }> {
    const found: Array<{ node: AlignmentNode; parent?: AlignmentNode }> = [];
    const stack: Array<{ node: AlignmentNode; parent?: AlignmentNode }> = alignmentView(services, fileOf).map(node => ({ node }));
    while (stack.length > 0) {
        const entry = stack.pop()!;
        found.push(entry);
        for (const child of entry.node.children) {
            stack.push({ node: child, parent: entry.node });
        }
    }
    return found;
}

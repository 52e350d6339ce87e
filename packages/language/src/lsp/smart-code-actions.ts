/**
 * Quick fixes: for the rules of editor.md a fix that adds what is missing (metric and
 * target skeletons, a deadline, an owner, a strategy, a reaction, a review cadence), a
 * did-you-mean for unresolved names, and for every rule "suppress on this line". Each fix
 * writes text in the formatter's layout (text-edits.ts) and removes its diagnostic.
 */
import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, type ReferenceInfo } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { endOfMonth, formatDay, toDay } from '../model/dates.js';
import type { SmartServices } from '../smart-module.js';
import { isRuleId } from '../validation/rule-catalogue.js';
import { addCommentAbove, addDeclarationAfter, addPropertyLine, lineText } from './text-edits.js';

type Fix = { title: string; edits: TextEdit[]; preferred?: boolean };

export class SmartCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: SmartServices) { }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            if (!rule || !isRuleId(rule)) {
                continue;
            }
            const node = this.nodeAt(document, diagnostic);
            for (const fix of node ? this.fixesFor(rule, node, document, diagnostic) : []) {
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: fix.preferred,
                    edit: { changes: { [document.uri.toString()]: fix.edits } }
                });
            }
            if (rule !== 'syntax-error' && rule !== 'unknown-suppression') {
                actions.push({
                    title: `Suppress '${rule}' on this line`,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    edit: { changes: { [document.uri.toString()]: [this.suppression(document, diagnostic.range.start.line, rule)] } }
                });
            }
        }
        return actions;
    }

    private nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        return root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
    }

    private fixesFor(rule: string, node: AstNode, document: LangiumDocument, diagnostic: Diagnostic): Fix[] {
        const goal = AstUtils.getContainerOfType(node, ast.isGoal);
        const plan = document.parseResult.value as ast.PlanFile;
        const add = (target: AstNode, text: string) => addPropertyLine(document, target, text);
        const fix = (title: string, ...edits: Array<TextEdit | undefined>): Fix[] =>
            edits.every((edit): edit is TextEdit => edit !== undefined) ? [{ title, edits, preferred: true }] : [];
        switch (rule) {
            case 'goal-not-measurable': {
                if (!goal) return [];
                const edits: Array<TextEdit | undefined> = [];
                if (goal.metric.length === 0) {
                    const metric = this.visibleNames(goal, ast.Metric.$type)[0];
                    if (metric) {
                        edits.push(add(goal, `metric ${metric}`));
                    } else {
                        const name = `${goal.name}Measure`;
                        edits.push(addDeclarationAfter(goal, `metric ${name} "${escape(goal.title)}" unit count`), add(goal, `metric ${name}`));
                    }
                }
                if (goal.target.length === 0) {
                    edits.push(add(goal, `target ${goal.baseline[0]?.value ?? '0'} by ${this.periodEnd(plan)}`));
                }
                return fix(`Add ${[goal.metric.length === 0 && "'metric'", goal.target.length === 0 && "'target'"].filter(Boolean).join(' and ')} to goal '${goal.name}' (then set the target value)`, ...edits);
            }
            case 'goal-not-time-bound': {
                if (!goal) return [];
                const target = goal.target[0];
                if (target?.$cstNode) {
                    const end = target.$cstNode.range.end;
                    return fix(`Add a deadline: 'by ${this.periodEnd(plan)}'`, { range: { start: end, end }, newText: ` by ${this.periodEnd(plan)}` });
                }
                return fix(`Add 'target ... by ${this.periodEnd(plan)}' (then set the value)`, add(goal, `target ${goal.baseline[0]?.value ?? '0'} by ${this.periodEnd(plan)}`));
            }
            case 'goal-without-owner': {
                if (!goal) return [];
                const owner = plan.header?.owner[0]?.ref ? plan.header.owner[0].$refText : undefined;
                const people = owner ? [owner] : this.visibleNames(goal, ast.Person.$type).slice(0, 5);
                return people.flatMap(person => fix(`Make '${person}' the owner of goal '${goal.name}'`, add(goal, `owner ${person}`)));
            }
            case 'tactic-without-strategy': {
                const tactic = AstUtils.getContainerOfType(node, ast.isTactic);
                if (!tactic) return [];
                const strategies = this.visibleNames(tactic, ast.Strategy.$type).slice(0, 5);
                const stub = `${tactic.name}Strategy`;
                return [
                    ...strategies.flatMap(name => fix(`Execute strategy '${name}'`, add(tactic, `executes ${name}`))),
                    ...fix(`Create strategy '${stub}' for this tactic`, add(tactic, `executes ${stub}`),
                        addDeclarationAfter(tactic, `strategy ${stub} "${escape(tactic.title)}: the message" {\n    message "What this tactic says, and to whom"\n}`))
                ];
            }
            case 'goal-without-strategy': {
                if (!goal) return [];
                const stub = `${goal.name}Strategy`;
                return fix(`Create strategy '${stub}' serving goal '${goal.name}'`,
                    addDeclarationAfter(goal, `strategy ${stub} "How we reach: ${escape(goal.title)}" {\n    serves ${goal.name}\n}`));
            }
            case 'step-without-reaction': {
                const step = AstUtils.getContainerOfType(node, ast.isStep);
                if (!step) return [];
                const tactics = this.visibleNames(step, ast.Tactic.$type).slice(0, 5);
                return [
                    ...tactics.flatMap(name => fix(`React with tactic '${name}'`, add(step, `reaction ${name}`))),
                    ...fix('React with an asset (then name it)', add(step, `reaction "Asset for: ${escape(step.title)}"`))
                ];
            }
            case 'plan-without-review': {
                const header = AstUtils.getContainerOfType(node, ast.isPlanHeader) ?? plan.header;
                return header ? fix("Review the plan every 2 weeks ('review every 2 weeks')", add(header, 'review every 2 weeks')) : [];
            }
            case 'unresolved-reference':
                return this.didYouMean(document, diagnostic);
            default:
                return [];
        }
    }

    /** Names of elements of the given type visible in the node's file, in declaration order. */
    private visibleNames(node: AstNode, type: string): string[] {
        const names = this.services.references.ScopeProvider.visibleNames(AstUtils.getDocument(node));
        return [...names.values()].filter(d => this.services.shared.AstReflection.isSubtype(d.type, type)).map(d => d.name);
    }

    /** The plan period's end, else the end of this month a year on. */
    private periodEnd(plan: ast.PlanFile): string {
        const end = plan.header?.period[0]?.end;
        if (end && toDay(end, 'end') !== undefined) {
            return end;
        }
        const today = this.services.config.ConfigProvider.configFor(AstUtils.getDocument(plan).uri).today;
        return formatDay(endOfMonth(today + 365));
    }

    private didYouMean(document: LangiumDocument, diagnostic: Diagnostic): Fix[] {
        const reference = document.references.find(ref => ref.$refNode && rangesEqual(ref.$refNode.range, diagnostic.range));
        const refNode = reference?.$refNode;
        if (!reference || !refNode) {
            return [];
        }
        const info = document.references.length > 0 ? this.referenceInfo(refNode.astNode, reference) : undefined;
        if (!info) {
            return [];
        }
        const candidates = this.services.references.ScopeProvider.getScope(info).getAllElements().map(d => d.name).toArray();
        const typed = reference.$refText;
        return candidates
            .map(name => ({ name, distance: editDistance(typed.toLowerCase(), name.toLowerCase()) }))
            .filter(c => c.distance <= Math.max(2, Math.floor(typed.length / 3)))
            .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
            .slice(0, 3)
            .map((c, index) => ({ title: `Did you mean '${c.name}'?`, edits: [{ range: refNode.range, newText: c.name }], preferred: index === 0 }));
    }

    private referenceInfo(container: AstNode, reference: ReferenceInfo['reference']): ReferenceInfo | undefined {
        for (const info of AstUtils.streamReferences(container)) {
            if (info.reference === reference) {
                return info;
            }
        }
        return undefined;
    }

    private suppression(document: LangiumDocument, line: number, rule: string): TextEdit {
        const above = line > 0 ? lineText(document, line - 1) : '';
        const existing = /^(\s*\/\/\s*smart-disable-next-line\s+)(.*?)\s*$/.exec(above);
        if (existing) {
            const end = { line: line - 1, character: above.trimEnd().length };
            return { range: { start: end, end }, newText: `, ${rule}` };
        }
        return addCommentAbove(document, line, `smart-disable-next-line ${rule}`);
    }
}

function escape(text: string | undefined): string {
    return (text ?? '').replace(/["\\]/g, '');
}

function rangesEqual(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Levenshtein distance, for did-you-mean. */
export function editDistance(a: string, b: string): number {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}

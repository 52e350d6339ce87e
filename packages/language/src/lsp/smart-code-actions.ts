/**
 * Quick fixes: for each diagnostic, the fixes of its rule's module (rules/*.ts: what to
 * add, did-you-mean, ...) and "suppress on this line" for every rule that allows it. Each
 * fix writes text in the formatter's layout (text-edits.ts) and removes its diagnostic.
 */
import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { CstUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { PlanFile } from '../generated/ast.js';
import { isRuleId, ruleModule } from '../rules/index.js';
import type { SmartServices } from '../smart-module.js';
import { addCommentAbove, lineText } from './text-edits.js';

export class SmartCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: SmartServices) { }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const id = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            if (!id || !isRuleId(id)) {
                continue;
            }
            const rule = ruleModule(id);
            const node = this.nodeAt(document, diagnostic);
            const fixes = node && rule.quickFixes ? rule.quickFixes({ services: this.services, document, plan: document.parseResult.value as PlanFile, diagnostic, node }) : [];
            for (const fix of fixes) {
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: fix.preferred,
                    edit: { changes: { [document.uri.toString()]: fix.edits } }
                });
            }
            if (rule.suppressible !== false) {
                actions.push({
                    title: `Suppress '${id}' on this line`,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    edit: { changes: { [document.uri.toString()]: [this.suppression(document, diagnostic.range.start.line, id)] } }
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

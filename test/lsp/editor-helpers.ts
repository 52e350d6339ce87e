/**
 * Helpers for language-server feature tests: apply a quick fix by title and check the
 * result, in-process, with the shared test services.
 */
import { expect } from 'vitest';
import { formatPlan, type PlanFile } from '@smart-plan/language';
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { buildPlan, findings, services } from '../helpers.js';

export async function codeActionsFor(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind: 1 }
    });
    return (actions ?? []) as CodeAction[];
}

export function applyAction(document: LangiumDocument, action: CodeAction): string {
    const edits = action.edit?.changes?.[document.uri.toString()] ?? [];
    return TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'smart', 0, document.textDocument.getText()), edits);
}

/**
 * Applies the fix titled `title` to the one diagnostic of `rule` in `text`, and checks
 * that the rule no longer reports there and that the formatter leaves the result as is.
 * Returns the fixed text.
 */
export async function applyFix(text: string, rule: string, title: string | RegExp): Promise<string> {
    const document = await buildPlan(text);
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === rule);
    expect(diagnostics, `exactly one ${rule} in the input`).toHaveLength(1);
    const actions = await codeActionsFor(document, diagnostics[0]);
    const action = actions.find(a => typeof title === 'string' ? a.title === title : title.test(a.title));
    expect(action, `a fix titled ${title} among: ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    const fixed = applyAction(document, action!);
    const after = await buildPlan(fixed);
    expect(findings(after).filter(f => f.rule === rule), `${rule} gone after the fix`).toEqual([]);
    const formatted = await formatPlan(services, after as LangiumDocument<PlanFile>);
    expect(formatted.ok && formatted.text).toBe(fixed);
    return fixed;
}

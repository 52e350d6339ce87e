/**
 * A plan's diagnostics as the tools report them (`smart lint --format json`, `smart mcp`,
 * the editor's language-model tools): the rule id, a severity word, the message and the
 * LSP range, in document order. `currentDiagnostics` also answers for a plan loaded but
 * not validated yet (an import the CLI loaded without validation, say): it runs the
 * validator without storing or publishing anything, so asking changes nothing the user
 * sees.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { severityOfLsp } from '../common/vocabulary.js';
import type { PlanDiagnostic } from '../model/assistant-schema.js';
import type { SmartServices } from '../smart-module.js';

/** The diagnostics as the tools report them, sorted by position. */
export function planDiagnostics(diagnostics: readonly Diagnostic[]): PlanDiagnostic[] {
    return diagnostics
        .map(diagnostic => ({
            rule: typeof diagnostic.code === 'string' ? diagnostic.code : 'unknown',
            severity: severityOfLsp(diagnostic.severity),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            range: diagnostic.range
        }))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The document's diagnostics: those of its last validation, or computed now when it was built without (it must be linked). */
export async function currentDiagnostics(services: SmartServices, document: LangiumDocument): Promise<Diagnostic[]> {
    if (document.state >= DocumentState.Validated) {
        return document.diagnostics ?? [];
    }
    return services.validation.DocumentValidator.validateDocument(document);
}

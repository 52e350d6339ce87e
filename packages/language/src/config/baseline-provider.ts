/**
 * The lint baseline in the editor: the nearest `smart-suppressions.json` from a plan's
 * folder up (read once per folder until it changes), and the plan's diagnostics with the
 * problems it holds back turned into hints, so they stay visible but are no longer
 * warnings or errors (`smart lint` does not report them either). Only the language server
 * turns it on: the CLI applies the baseline itself (packages/cli/src/lint-baseline.ts).
 */
import { dirname } from 'node:path';
import type { URI } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { severityOfLsp } from '../common/vocabulary.js';
import { applyBaseline, type LintBaseline } from '../validation/baseline.js';
import { baselineKey, findBaselineFile, readBaselineFile } from './baseline-file.js';

export class BaselineProvider {
    /** Off in the CLI; the language server turns it on. */
    enabled = false;
    private readonly byDirectory = new Map<string, { file: string; baseline: LintBaseline } | null>();

    invalidate(): void {
        this.byDirectory.clear();
    }

    /** The plan's diagnostics, those the baseline holds back as hints saying so. */
    apply(uri: URI, diagnostics: Diagnostic[]): Diagnostic[] {
        if (!this.enabled || uri.scheme !== 'file') {
            return diagnostics;
        }
        const found = this.baselineFor(dirname(uri.fsPath));
        if (!found) {
            return diagnostics;
        }
        const problems = diagnostics.map(diagnostic => ({ diagnostic, rule: String(diagnostic.code), severity: severityOfLsp(diagnostic.severity) }));
        const held = new Set(applyBaseline(found.baseline, baselineKey(found.file, uri.fsPath), problems).suppressed.map(problem => problem.diagnostic));
        return diagnostics.map(diagnostic => held.has(diagnostic)
            ? { ...diagnostic, severity: DiagnosticSeverity.Hint, message: `${diagnostic.message} (held back by the baseline in smart-suppressions.json)` }
            : diagnostic);
    }

    private baselineFor(directory: string): { file: string; baseline: LintBaseline } | undefined {
        let found = this.byDirectory.get(directory);
        if (found === undefined) {
            const file = findBaselineFile(directory);
            found = null;
            if (file) {
                try {
                    found = { file, baseline: readBaselineFile(file) };
                } catch {
                    found = null; // a broken baseline holds nothing back; `smart lint` names the problem
                }
            }
            this.byDirectory.set(directory, found);
        }
        return found ?? undefined;
    }
}

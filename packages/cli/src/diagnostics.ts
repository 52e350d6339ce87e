/**
 * Plan diagnostics as the CLI reports them: the rule id, a severity word, the message and
 * the LSP range, for every output format to print.
 */
import { isAbsolute, relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Range } from 'vscode-languageserver';

export type SeverityWord = 'error' | 'warning' | 'info';

export interface PlanDiagnostic {
    rule: string;
    severity: SeverityWord;
    message: string;
    range: Range;
}

export interface FileDiagnostics {
    /** Absolute path of the plan. */
    path: string;
    diagnostics: PlanDiagnostic[];
}

export function diagnosticsOf(document: LangiumDocument): PlanDiagnostic[] {
    return (document.diagnostics ?? [])
        .map(diagnostic => ({
            rule: typeof diagnostic.code === 'string' ? diagnostic.code : 'unknown',
            severity: severityWord(diagnostic.severity),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            range: diagnostic.range
        }))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function severityWord(severity: DiagnosticSeverity | undefined): SeverityWord {
    switch (severity) {
        case DiagnosticSeverity.Warning: return 'warning';
        case DiagnosticSeverity.Information:
        case DiagnosticSeverity.Hint: return 'info';
        default: return 'error';
    }
}

export interface Tally {
    errors: number;
    warnings: number;
    infos: number;
}

export function tally(files: FileDiagnostics[]): Tally {
    const counts: Tally = { errors: 0, warnings: 0, infos: 0 };
    for (const { diagnostics } of files) {
        for (const { severity } of diagnostics) {
            if (severity === 'error') counts.errors++;
            else if (severity === 'warning') counts.warnings++;
            else counts.infos++;
        }
    }
    return counts;
}

/** A path as the user reads it: relative to the current directory when inside it, else absolute. */
export function displayPath(path: string, cwd: string): string {
    const fromCwd = relative(cwd, path);
    return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : path;
}

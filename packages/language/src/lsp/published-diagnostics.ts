/**
 * What the language server publishes for one plan: at most MAX_PUBLISHED_DIAGNOSTICS
 * diagnostics, errors first, then warnings, then the rest, each group in document order;
 * beyond that one more diagnostic says how many are not shown and that `smart lint` lists
 * every one. A plan of 25,000 empty goals has 150,000 findings: a 60 MB message that stalls
 * the editor and a Problems panel no one reads. The CLI is not capped.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';

export const MAX_PUBLISHED_DIAGNOSTICS = 5_000;

const rank = (diagnostic: Diagnostic) => diagnostic.severity ?? DiagnosticSeverity.Error;

export function cappedDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    if (diagnostics.length <= MAX_PUBLISHED_DIAGNOSTICS) {
        return diagnostics as Diagnostic[];
    }
    const ordered = diagnostics.slice().sort((a, b) => rank(a) - rank(b)
        || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const shown = ordered.slice(0, MAX_PUBLISHED_DIAGNOSTICS);
    const hidden = ordered.length - shown.length;
    const first = ordered[MAX_PUBLISHED_DIAGNOSTICS];
    shown.push({
        range: first.range,
        severity: rank(first),
        source: first.source,
        message: `${hidden} more problems in this plan are not shown here: smart lint lists every one.`
    });
    return shown;
}

/** Makes the connection publish capped diagnostics (every publication of the server goes through sendDiagnostics). */
export function capPublishedDiagnostics(connection: Connection): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => send({ ...params, diagnostics: cappedDiagnostics(params.diagnostics) });
}

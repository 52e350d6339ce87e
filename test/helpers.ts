/**
 * Test helpers: one in-memory language-services instance, plans parsed from strings
 * under chosen file names (so imports resolve), and diagnostics reduced to what a user
 * sees: rule id, severity, line and message.
 */
import { createSmartServices, type PlanFile, type SmartServices } from '@smart-plan/language';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { clearDocuments } from 'langium/test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';

// node:fs, as the CLI: plans built in a real folder find its .smartrc.json.
export const services: SmartServices = createSmartServices(NodeFileSystem).Smart;

export interface Finding {
    rule: string;
    severity: 'error' | 'warning' | 'info';
    /** 1-based line of the diagnostic's start. */
    line: number;
    message: string;
    /** The text the diagnostic's range covers. */
    text: string;
}

/** Builds the given files together (name → text) and returns their documents by name. */
export interface BuildOptions {
    /** Fixes today (default 2027-03-15); null leaves it to the configuration files. */
    today?: string | null;
    /** The directory the plans live in (default /plans); a real one finds its .smartrc.json. */
    dir?: string;
}

export async function buildPlans(files: Record<string, string>, options: BuildOptions = {}): Promise<Record<string, LangiumDocument<PlanFile>>> {
    await clearDocuments(services.shared);
    services.config.ConfigProvider.invalidate();
    services.config.ConfigProvider.setOverrides({ today: options.today === null ? undefined : options.today ?? '2027-03-15' });
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = services.shared.workspace.LangiumDocuments;
    const built: Record<string, LangiumDocument<PlanFile>> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = factory.fromString<PlanFile>(text, URI.file(`${options.dir ?? '/plans'}/${name}`));
        documents.addDocument(document);
        built[name] = document;
    }
    await services.shared.workspace.DocumentBuilder.build(Object.values(built), { validation: true });
    return built;
}

export async function buildPlan(text: string, options: BuildOptions = {}): Promise<LangiumDocument<PlanFile>> {
    return (await buildPlans({ 'plan.smart': text }, options))['plan.smart'];
}

export function findings(document: LangiumDocument): Finding[] {
    const lines = document.textDocument.getText();
    return (document.diagnostics ?? []).map(diagnostic => toFinding(diagnostic, document, lines));
}

function toFinding(diagnostic: Diagnostic, document: LangiumDocument, _text: string): Finding {
    return {
        rule: String(diagnostic.code),
        severity: diagnostic.severity === DiagnosticSeverity.Error ? 'error' : diagnostic.severity === DiagnosticSeverity.Warning ? 'warning' : 'info',
        line: diagnostic.range.start.line + 1,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        text: document.textDocument.getText(diagnostic.range)
    };
}

export async function findingsOf(text: string, options: BuildOptions = {}): Promise<Finding[]> {
    return findings(await buildPlan(text, options));
}

/** The rule ids reported, sorted, for compact assertions. */
export function ruleIds(found: Finding[]): string[] {
    return found.map(finding => finding.rule).sort();
}

/**
 * One side of a diff: plan versions (texts known by a path) loaded into a
 * language-services instance of their own, so old and new names never resolve into each
 * other, and read into the plan model. A version that does not parse cannot be compared
 * fact by fact, so a syntax error is a CliError naming the version and the line.
 */
import type { PlanFacts } from '@smart-plan/language';
import type { LangiumDocument } from 'langium';
import { CliError } from '../cli-error.js';
import { createServices, loadPlanTexts, type ImportReader, type PlanSource } from '../plan-workspace.js';

export interface PlanVersion extends PlanSource {
    /** How the user names this version in a message: `old.smart`, `HEAD:plans/acme.smart`. */
    label: string;
}

/** The plan model of each version, by its path. */
export async function factsOfVersions(versions: PlanVersion[], readImport: ImportReader): Promise<Map<string, PlanFacts>> {
    const facts = new Map<string, PlanFacts>();
    if (versions.length === 0) {
        return facts;
    }
    const { services, documents } = await loadPlanTexts(versions, readImport, createServices(), { validation: false });
    documents.forEach((document, index) => {
        const problem = syntaxProblem(document);
        if (problem) {
            throw new CliError(`${versions[index].label}:${problem}: syntax error, so the plan cannot be compared (smart lint shows it)`);
        }
        facts.set(versions[index].path, services.plan.PlanModelProvider.modelOf(document).facts);
    });
    return facts;
}

/** `line:column` (1-based) of the first lexing or parsing error, if any. */
function syntaxProblem(document: LangiumDocument): string | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    const text = document.textDocument;
    const offsets = [
        ...lexerErrors.map(error => error.offset),
        ...parserErrors.map(error => {
            const previous = (error as { previousToken?: { endOffset?: number } }).previousToken;
            return Number.isFinite(error.token.startOffset) && error.token.startOffset >= 0 ? error.token.startOffset : (previous?.endOffset ?? text.getText().length - 1) + 1;
        })
    ].filter(offset => Number.isFinite(offset));
    if (lexerErrors.length + parserErrors.length === 0) {
        return undefined;
    }
    const position = text.positionAt(Math.min(...offsets, text.getText().length));
    return `${position.line + 1}:${position.character + 1}`;
}

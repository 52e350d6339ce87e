/**
 * One side of a diff: plan versions (texts known by a path) loaded into a
 * language-services instance of their own, so old and new names never resolve into each
 * other, and read into the plan model. A version that does not parse cannot be compared
 * fact by fact, so a syntax error is a CliError naming the version and the line.
 */
import { firstSyntaxError, type PlanFacts } from '@smart-plan/language';
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
        const syntaxError = firstSyntaxError(document);
        if (syntaxError) {
            throw new CliError(`${versions[index].label}:${syntaxError.line + 1}:${syntaxError.character + 1}: syntax error, so the plan cannot be compared (smart lint shows it)`);
        }
        facts.set(versions[index].path, services.plan.PlanModelProvider.modelOf(document).facts);
    });
    return facts;
}

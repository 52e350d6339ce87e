/**
 * The lint baseline in the editor: the nearest `smart-suppressions.json` from a plan's
 * folder up (read through the services' FileSystemProvider by prepare(), which the
 * document builder awaits for every plan it builds; once per folder until invalidate()),
 * and the plan's diagnostics with the problems it holds back turned into hints, so they
 * stay visible but are no longer warnings or errors (`smart lint` does not report them
 * either). Only the language server turns it on: the CLI applies the baseline itself
 * (packages/cli/src/lint-baseline.ts).
 */
import { UriUtils, type FileSystemProvider, type URI } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { severityOfLsp } from '../common/vocabulary.js';
import { applyBaseline, type LintBaseline } from '../validation/baseline.js';
import { findBaselineFile, readBaselineUri } from './baseline-file.js';
import { folderKey } from './file-lookup.js';
import { FolderCache } from './folder-cache.js';

interface FoundBaseline {
    file: URI;
    baseline: LintBaseline;
}

export class BaselineProvider {
    /** Off in the CLI; the language server turns it on. */
    enabled = false;
    /** The baseline that applies in each folder (null: none, or a broken one). */
    private readonly byFolder = new FolderCache<FoundBaseline | null>();

    constructor(private readonly fileSystem: FileSystemProvider) {}

    /** A baseline file may have changed: prepare() reads it again. */
    invalidate(): void {
        this.byFolder.invalidate();
    }

    /** Reads the baseline that applies to the plan, unless it was read since the last invalidate(). */
    async prepare(uri: URI): Promise<void> {
        if (this.enabled) {
            await this.byFolder.prepare(folderKey(uri), () => this.read(UriUtils.dirname(uri)));
        }
    }

    /** The plan's diagnostics, those the baseline holds back as hints saying so. */
    apply(uri: URI, diagnostics: Diagnostic[]): Diagnostic[] {
        const found = this.enabled ? this.byFolder.get(folderKey(uri)) : undefined;
        if (!found) {
            return diagnostics;
        }
        const problems = diagnostics.map(diagnostic => ({ diagnostic, rule: String(diagnostic.code), severity: severityOfLsp(diagnostic.severity) }));
        const key = UriUtils.relative(UriUtils.dirname(found.file), uri);
        const held = new Set(applyBaseline(found.baseline, key, problems).suppressed.map(problem => problem.diagnostic));
        return diagnostics.map(diagnostic => held.has(diagnostic)
            ? { ...diagnostic, severity: DiagnosticSeverity.Hint, message: `${diagnostic.message} (held back by the baseline in smart-suppressions.json)` }
            : diagnostic);
    }

    private async read(folder: URI): Promise<FoundBaseline | null> {
        const file = await findBaselineFile(this.fileSystem, folder);
        if (!file) {
            return null;
        }
        try {
            return { file, baseline: await readBaselineUri(this.fileSystem, file) };
        } catch {
            return null; // a broken baseline holds nothing back; `smart lint` names the problem
        }
    }
}

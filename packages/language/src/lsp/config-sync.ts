/**
 * Keeps the language server's configuration live: the client's settings (`smart.today`,
 * `smart.rules`, `smart.maxMonthlyGrowth`, ...) and any `.smartrc.json` edited on disk
 * re-validate every open plan without a restart. Invalid settings are ignored with a
 * warning, and a broken `.smartrc.json` is shown once as an error (the defaults apply
 * until it is fixed), never a crash.
 */
import { DocumentState } from 'langium';
import type { SmartServices } from '../smart-module.js';
import { BASELINE_FILE_NAME } from '../config/baseline-file.js';
import { CONFIG_FILE_NAME } from '../config/config-files.js';
import { SmartRcSchema, type ConfigOverrides } from '../config/config-schema.js';
import { SETTINGS_SECTION } from '../protocol.js';

const SettingsSchema = SmartRcSchema.pick({ rules: true, today: true, maxMonthlyGrowth: true, maxMonthlyDecline: true, behindTolerance: true }).partial();

/** Editor settings to configuration overrides; an empty string or null means "not set". */
export function overridesFromSettings(settings: unknown): { overrides: ConfigOverrides; problem?: string } {
    if (settings === null || typeof settings !== 'object') {
        return { overrides: {} };
    }
    const relevant = Object.fromEntries(Object.entries(settings as Record<string, unknown>)
        .filter(([key, value]) => key in SettingsSchema.shape && value !== null && value !== '' && !(typeof value === 'object' && Object.keys(value as object).length === 0)));
    const parsed = SettingsSchema.safeParse(relevant);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { overrides: {}, problem: `smart.${issue.path.map(String).join('.')}: ${issue.message}` };
    }
    return { overrides: parsed.data as ConfigOverrides };
}

export class ConfigSync {
    /** Configuration errors already shown, so each is shown once until the files change. */
    private readonly shownErrors = new Set<string>();

    constructor(private readonly services: SmartServices) {
        const shared = services.shared;
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
            for (const document of documents) {
                const error = services.config.ConfigProvider.errorFor(document.uri);
                if (error && !this.shownErrors.has(error)) {
                    this.shownErrors.add(error);
                    void shared.lsp.Connection?.window.showErrorMessage(`SMART: ${error}. The default settings apply until it is fixed.`);
                }
            }
        });
        shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section === SETTINGS_SECTION) {
                this.applySettings(update.configuration);
            }
        });
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            const provider = services.config.ConfigProvider;
            const baselineChanged = params.changes.some(change => change.uri.endsWith(`/${BASELINE_FILE_NAME}`));
            if (baselineChanged) {
                services.config.BaselineProvider.invalidate();
            }
            if (baselineChanged || params.changes.some(change => change.uri.endsWith(`/${CONFIG_FILE_NAME}`) || provider.isConfigFile(change.uri))) {
                services.config.ConfigProvider.invalidate();
                this.shownErrors.clear();
                void this.revalidateAll();
            }
        });
    }

    private applySettings(settings: unknown): void {
        const { overrides, problem } = overridesFromSettings(settings);
        if (problem) {
            void this.services.shared.lsp.Connection?.window.showWarningMessage(`SMART: ignoring an invalid setting (${problem}).`);
        }
        this.services.config.ConfigProvider.setOverrides(overrides);
        void this.revalidateAll();
    }

    /** Validates every plan again, under the workspace lock, and republishes diagnostics. */
    revalidateAll(): Promise<void> {
        const shared = this.services.shared;
        return shared.workspace.WorkspaceLock.write(async token => {
            // Every plan: one whose build was cancelled halfway (say by this very lock) must not be
            // skipped, or it would never get diagnostics. resetToState only lowers a state.
            const documents = shared.workspace.LangiumDocuments.all.toArray();
            for (const document of documents) {
                shared.workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
            await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
        });
    }
}


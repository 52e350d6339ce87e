/**
 * Langium's configuration provider, telling its listeners about the settings it fetched at
 * start-up. Langium asked the client (`workspace/configuration`) and stored the answer
 * without announcing it, so ConfigSync applied `smart.today` and `smart.rules` only after a
 * `didChangeConfiguration` arrived: VS Code sends one, Neovim, Helix and most other
 * clients do not. And a client of the pull model sends `didChangeConfiguration` with no
 * settings (null), which Langium dropped: then the settings are asked for again.
 */
import { DefaultConfigurationProvider, type ConfigurationInitializedParams } from 'langium';
import type { DidChangeConfigurationParams } from 'vscode-languageserver';

type Fetch = NonNullable<ConfigurationInitializedParams['fetchConfiguration']>;

export class SmartConfigurationProvider extends DefaultConfigurationProvider {
    private fetch: Fetch | undefined;

    override async initialized(params: ConfigurationInitializedParams): Promise<void> {
        this.fetch = this.workspaceConfig ? params.fetchConfiguration : undefined;
        await super.initialized(params);
        for (const [section, configuration] of Object.entries(this.settings)) {
            this.onConfigurationSectionUpdateEmitter.fire({ section, configuration });
        }
    }

    override updateConfiguration(change: DidChangeConfigurationParams): void {
        const sections = this.sections();
        const settings = change.settings as Record<string, unknown> | null | undefined;
        if ((settings === null || typeof settings !== 'object' || !sections.some(section => section in settings)) && this.fetch) {
            void this.refetch(sections);
            return;
        }
        super.updateConfiguration(change);
    }

    private sections(): string[] {
        return this.serviceRegistry.all.map(language => this.toSectionName(language.LanguageMetaData.languageId));
    }

    /** Asks the client for our sections again, stores and announces them. */
    private async refetch(sections: string[]): Promise<void> {
        try {
            const answers = await this.fetch!(sections.map(section => ({ section })));
            sections.forEach((section, index) => {
                this.updateSectionConfiguration(section, answers[index]);
                this.onConfigurationSectionUpdateEmitter.fire({ section, configuration: answers[index] });
            });
        } catch (error) {
            console.error('smart: asking the client for the settings failed:', error);
        }
    }
}

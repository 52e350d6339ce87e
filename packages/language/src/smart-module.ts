/**
 * The dependency-injection modules of the .smart language: Langium's defaults plus our
 * scoping, value conversion, validation (the rule modules), configuration and the plan
 * services. createSmartServices builds the
 * one service container shared by the language server, the CLI and the tests.
 */
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { inject, type Module } from 'langium';
import { SmartGeneratedModule, SmartGeneratedSharedModule } from './generated/module.js';
import { PlanAlignment } from './plan/alignment.js';
import { PlanInsight } from './plan/plan-insight.js';
import { SmartCallHierarchyProvider } from './lsp/smart-call-hierarchy.js';
import { SmartCodeActionProvider } from './lsp/smart-code-actions.js';
import { SmartCodeLensProvider } from './lsp/smart-code-lens.js';
import { SmartCompletionProvider } from './lsp/smart-completion.js';
import { SmartDocumentLinkProvider } from './lsp/smart-document-links.js';
import { SmartDocumentSymbolProvider } from './lsp/smart-document-symbols.js';
import { SmartDocumentUpdateHandler } from './lsp/smart-document-update-handler.js';
import { SmartFormatter } from './lsp/smart-formatter.js';
import { SmartHoverProvider } from './lsp/smart-hover.js';
import { SmartInlayHintProvider } from './lsp/smart-inlay-hints.js';
import { SmartRenameProvider } from './lsp/smart-rename.js';
import { SmartSemanticTokenProvider } from './lsp/smart-semantic-tokens.js';
import { SmartLexerErrorMessageProvider, SmartParserErrorMessageProvider } from './parser/smart-error-messages.js';
import { SmartLexer } from './parser/smart-lexer.js';
import { createSmartParser } from './parser/smart-parser.js';
import { SmartTokenBuilder } from './parser/smart-token-builder.js';
import { SmartReferences } from './references/smart-references.js';
import { SmartDocumentHighlightProvider } from './lsp/smart-document-highlight.js';
import { SmartLangiumDocumentFactory } from './workspace/smart-document-factory.js';
import { SmartConfigurationProvider } from './workspace/smart-configuration-provider.js';
import { SmartServiceRegistry } from './workspace/smart-service-registry.js';
import { SmartValueConverter } from './parser/smart-value-converter.js';
import { ImportTargets } from './references/import-targets.js';
import { SmartLinker } from './references/smart-linker.js';
import { SmartReferenceDescriptionProvider } from './references/smart-reference-descriptions.js';
import { SmartScopeComputation } from './references/smart-scope-computation.js';
import { SmartScopeProvider } from './references/smart-scope-provider.js';
import { SmartDocumentValidator } from './validation/smart-document-validator.js';
import { SmartValidationRegistry } from './validation/smart-validation-registry.js';
import { registerRuleChecks } from './validation/rule-registration.js';
import { BaselineProvider } from './config/baseline-provider.js';
import { SmartConfigProvider } from './config/config-provider.js';
import { SmartDocumentBuilder } from './workspace/smart-document-builder.js';
import { SmartIndexManager } from './workspace/smart-index-manager.js';
import { PlanModelProvider } from './plan/plan-model-provider.js';
import { UsageIndex } from './plan/usage-index.js';

export interface SmartAddedServices {
    config: {
        ConfigProvider: SmartConfigProvider;
        BaselineProvider: BaselineProvider;
    };
    plan: {
        UsageIndex: UsageIndex;
        PlanModelProvider: PlanModelProvider;
        PlanInsight: PlanInsight;
        Alignment: PlanAlignment;
    };
    references: {
        ScopeProvider: SmartScopeProvider;
        ImportTargets: ImportTargets;
    };
    validation: {
        ValidationRegistry: SmartValidationRegistry;
    };
}

export type SmartServices = LangiumServices & SmartAddedServices;

export const SmartModule: Module<SmartServices, PartialLangiumServices & SmartAddedServices> = {
    config: {
        ConfigProvider: services => new SmartConfigProvider(services.shared.workspace.FileSystemProvider),
        BaselineProvider: services => new BaselineProvider(services.shared.workspace.FileSystemProvider)
    },
    plan: {
        UsageIndex: services => new UsageIndex(services),
        PlanModelProvider: services => new PlanModelProvider(services, () => services.plan.UsageIndex),
        PlanInsight: services => new PlanInsight(services),
        Alignment: services => new PlanAlignment(services)
    },
    parser: {
        Lexer: services => new SmartLexer(services),
        LangiumParser: services => createSmartParser(services),
        TokenBuilder: () => new SmartTokenBuilder(),
        ValueConverter: () => new SmartValueConverter(),
        ParserErrorMessageProvider: () => new SmartParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SmartLexerErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new SmartScopeComputation(services),
        ScopeProvider: services => new SmartScopeProvider(services),
        Linker: services => new SmartLinker(services),
        References: services => new SmartReferences(services),
        ImportTargets: services => new ImportTargets(services)
    },
    validation: {
        DocumentValidator: services => new SmartDocumentValidator(services),
        ValidationRegistry: services => new SmartValidationRegistry(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new SmartReferenceDescriptionProvider(services)
    },
    lsp: {
        Formatter: () => new SmartFormatter(),
        HoverProvider: services => new SmartHoverProvider(services),
        CodeLensProvider: services => new SmartCodeLensProvider(services),
        InlayHintProvider: services => new SmartInlayHintProvider(services),
        CodeActionProvider: services => new SmartCodeActionProvider(services),
        CompletionProvider: services => new SmartCompletionProvider(services),
        SemanticTokenProvider: services => new SmartSemanticTokenProvider(services),
        DocumentLinkProvider: () => new SmartDocumentLinkProvider(),
        DocumentSymbolProvider: () => new SmartDocumentSymbolProvider(),
        RenameProvider: services => new SmartRenameProvider(services),
        DocumentHighlightProvider: services => new SmartDocumentHighlightProvider(services),
        CallHierarchyProvider: services => new SmartCallHierarchyProvider(services)
    }
};

export const SmartSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: services => new SmartServiceRegistry(services),
    lsp: {
        DocumentUpdateHandler: services => new SmartDocumentUpdateHandler(services)
    },
    workspace: {
        ConfigurationProvider: services => new SmartConfigurationProvider(services),
        DocumentBuilder: services => new SmartDocumentBuilder(services),
        LangiumDocumentFactory: services => new SmartLangiumDocumentFactory(services),
        IndexManager: services => new SmartIndexManager(services)
    }
};

export function createSmartServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Smart: SmartServices } {
    const shared = inject(createDefaultSharedModule(context), SmartGeneratedSharedModule, SmartSharedModule);
    const Smart = inject(createDefaultModule({ shared }), SmartGeneratedModule, SmartModule);
    shared.ServiceRegistry.register(Smart);
    registerRuleChecks(Smart);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; start it ourselves.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Smart };
}

/**
 * The public face of @smart-plan/language: services, AST, rule catalogue, configuration
 * and the pure plan model, for the CLI, the language server and the tests.
 */
export * from './smart-module.js';
export * from './generated/ast.js';
export * from './generated/module.js';
export * from './model/dates.js';
export * from './model/values.js';
export * from './references/imports.js';
export * from './validation/rule-catalogue.js';
export * from './validation/suppressions.js';
export * from './workspace/config-schema.js';
export * from './workspace/config-files.js';
export * from './workspace/config-provider.js';
export * from './model/plan-facts.js';
export * from './model/extract.js';
export * from './model/progress.js';
export * from './model/reviews.js';
export * from './model/letters.js';
export * from './workspace/usage-index.js';
export * from './workspace/plan-model-provider.js';
export * from './lsp/format-text.js';
export * from './lsp/language-server.js';
export * from './model/budgets.js';
export * from './model/plan-view-schema.js';
export * from './model/plan-view.js';
export * from './model/diff/index.js';
export * from './protocol.js';
export * from './validation/rule-docs-url.js';
export * from './lsp/config-sync.js';

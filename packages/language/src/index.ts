/**
 * The public face of @smart-plan/language: services, AST, the rule modules and their
 * catalogue, configuration, the plan services and the pure plan model, for the CLI, the
 * language server and the tests. The browser-safe parts are also entries of their own:
 * `@smart-plan/language/common`, `@smart-plan/language/protocol` and, for the server in a
 * web worker, `@smart-plan/language/browser`. Only node/ needs Node.
 */
export * from './smart-module.js';
export * from './generated/ast.js';
export * from './generated/module.js';
export * from './common/index.js';
export * from './references/imports.js';
export * from './rules/index.js';
export * from './validation/suppressions.js';
export * from './validation/rule-docs-url.js';
export * from './config/config-schema.js';
export * from './config/config-files.js';
export * from './config/config-provider.js';
export * from './model/plan-facts.js';
export * from './model/extract.js';
export * from './model/progress.js';
export * from './model/forecast.js';
export * from './model/reviews.js';
export * from './model/letters.js';
export * from './model/budgets.js';
export * from './model/plan-view-schema.js';
export * from './model/plan-view.js';
export * from './model/diff/index.js';
export * from './plan/usage-index.js';
export * from './plan/plan-model-provider.js';
export * from './plan/plan-insight.js';
export * from './parser/syntax-errors.js';
export * from './lsp/format-text.js';
export * from './lsp/language-server.js';
export * from './node/language-server.js';
export * from './lsp/config-sync.js';
export * from './protocol.js';
export * from './plan/checkin-edits.js';
export * from './model/rollup.js';
export * from './model/alignment-tree.js';
export * from './plan/alignment.js';
export * from './validation/baseline.js';
export * from './config/baseline-file.js';
export * from './model/assistant-schema.js';
export * from './plan/plan-diagnostics.js';
export * from './plan/assistant-answers.js';
export * from './config/json-file.js';
export * from './workspace/regular-file.js';
export * from './workspace/utf8-text.js';
export * from './workspace/link-escape.js';
export * from './workspace/smart-file-system.js';
export * from './lsp/message-guard.js';

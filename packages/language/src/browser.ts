/**
 * `@smart-plan/language/browser`: the .smart language server without Node, for a web
 * worker (the VS Code extension's browser build, packages/vscode/src/server-web.ts): the
 * server's wiring and the file system that reads through the editor. Everything this
 * entry reaches is browser-safe; test/structure/ checks that it imports no Node built-in.
 */
export { serveSmartLanguage, type FileSystemFactory, type SmartLanguageServer } from './lsp/language-server.js';
export { ClientFileError, ClientFileSystemProvider } from './lsp/client-file-system.js';
export { smartConnectionOptions } from './lsp/message-guard.js';

/**
 * The extension's browser entry point (`browser`, bundled as dist/extension-web.js for
 * VS Code for the Web: vscode.dev, github.dev, a browser workbench's web worker extension
 * host): the SMART extension with the language server in a web worker that reads files
 * through the workbench (`vscode.workspace.fs`). Imports no Node built-in.
 */
import type * as vscode from 'vscode';
import { createWebLanguageClient } from './client-web.js';
import { activateSmart, deactivateSmart } from './smart-extension.js';

export function activate(context: vscode.ExtensionContext): void {
    activateSmart(context, createWebLanguageClient);
}

export const deactivate = deactivateSmart;

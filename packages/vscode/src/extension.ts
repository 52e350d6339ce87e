/**
 * The extension's desktop entry point (`main`, bundled as dist/extension.cjs): the SMART
 * extension with the language server in its own Node process.
 */
import type * as vscode from 'vscode';
import { createNodeLanguageClient } from './client-node.js';
import { activateSmart, deactivateSmart } from './smart-extension.js';

export function activate(context: vscode.ExtensionContext): void {
    activateSmart(context, createNodeLanguageClient);
}

export const deactivate = deactivateSmart;

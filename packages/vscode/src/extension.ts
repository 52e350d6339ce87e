/**
 * The extension's desktop entry point (`main`, bundled as dist/extension.cjs): the SMART
 * extension with the language server in its own Node process, and the language-model
 * tools (lm-tools.ts) for Copilot's agent mode.
 */
import type * as vscode from 'vscode';
import { createNodeLanguageClient } from './client-node.js';
import { registerLanguageModelTools } from './lm-tools.js';
import { activateSmart, deactivateSmart } from './smart-extension.js';

export function activate(context: vscode.ExtensionContext): void {
    activateSmart(context, createNodeLanguageClient, registerLanguageModelTools);
}

export const deactivate = deactivateSmart;

/**
 * The part of VS Code's language-model tool API the extension uses (`vscode.lm.registerTool`,
 * `LanguageModelToolResult`, `LanguageModelTextPart`; stable since VS Code 1.95), declared
 * here because the extension supports VS Code 1.91, whose API types (@types/vscode 1.91)
 * lack it. On a VS Code without it the tools are simply not registered.
 */
import * as vscode from 'vscode';

export interface ToolInvocationOptions<T> {
    /** The input, already checked by VS Code against the tool's inputSchema in package.json. */
    input: T;
}

export interface PreparedToolInvocation {
    /** What the chat shows while the tool runs. */
    invocationMessage?: string;
}

/** A result: the parts a language model reads (here, one text part). */
export interface ToolResult {
    content: unknown[];
}

export interface LanguageModelTool<T> {
    invoke(options: ToolInvocationOptions<T>, token: vscode.CancellationToken): vscode.ProviderResult<ToolResult>;
    prepareInvocation?(options: { input: T }, token: vscode.CancellationToken): vscode.ProviderResult<PreparedToolInvocation>;
}

export interface LanguageModelToolsApi {
    registerTool<T>(name: string, tool: LanguageModelTool<T>): vscode.Disposable;
    /** A result of one text part. */
    textResult(text: string): ToolResult;
}

interface ApiWithTools {
    lm?: { registerTool?: (name: string, tool: LanguageModelTool<unknown>) => vscode.Disposable };
    LanguageModelToolResult?: new (content: unknown[]) => ToolResult;
    LanguageModelTextPart?: new (value: string) => unknown;
}

/** The API where this VS Code has it; undefined before 1.95 (or in an editor without it). */
export function languageModelToolsApi(api: unknown = vscode): LanguageModelToolsApi | undefined {
    const { lm, LanguageModelToolResult, LanguageModelTextPart } = api as ApiWithTools;
    const registerTool = lm?.registerTool;
    if (typeof registerTool !== 'function' || !LanguageModelToolResult || !LanguageModelTextPart) {
        return undefined;
    }
    return {
        registerTool: (name, tool) => registerTool.call(lm, name, tool as LanguageModelTool<unknown>),
        textResult: text => new LanguageModelToolResult([new LanguageModelTextPart(text)])
    };
}

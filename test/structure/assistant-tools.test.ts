// The AI-assistant tools are one set of words and inputs (ASSISTANT_TOOLS in the language
// package) on two surfaces: `smart mcp` and the extension's language-model tools register
// them from it by their names there, and the extension's package.json must declare its
// tools with the same names, titles, descriptions and input schemas. This keeps the
// static manifest in step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { ASSISTANT_TOOLS } from '@smart-plan/language/protocol';
import { repoRoot } from '../cli/run-smart.js';

interface ToolContribution {
    name: string;
    displayName: string;
    modelDescription: string;
    userDescription: string;
    toolReferenceName: string;
    canBeReferencedInPrompt?: boolean;
    inputSchema: unknown;
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages/vscode/package.json'), 'utf8')) as { contributes: { languageModelTools: ToolContribution[] } };
const contributed = manifest.contributes.languageModelTools;

describe('the extension\'s language-model tools', () => {
    test('package.json declares exactly the shared tools, by their editor names', () => {
        expect(contributed.map(tool => tool.name).sort()).toEqual(Object.values(ASSISTANT_TOOLS).map(tool => tool.names.editor).sort());
    });

    test('each has the shared title, description and input schema', () => {
        for (const tool of contributed) {
            const shared = Object.values(ASSISTANT_TOOLS).find(candidate => candidate.names.editor === tool.name)!;
            expect(tool.displayName, tool.name).toBe(shared.title);
            expect(tool.modelDescription.startsWith(shared.description), tool.name).toBe(true);
            // In the editor a plan report needs no path: without one it is the active editor's plan.
            const input = tool.name === 'smart_getPlanReport' ? shared.input.partial() : shared.input;
            const { $schema: _schema, ...schema } = z.toJSONSchema(input, { io: 'input', target: 'draft-7' });
            expect(tool.inputSchema, tool.name).toEqual(schema);
            expect(tool.toolReferenceName, tool.name).toMatch(/^[\w-]+$/);
            expect(tool.canBeReferencedInPrompt, tool.name).toBe(true);
            expect(tool.userDescription.length, tool.name).toBeGreaterThan(30);
        }
    });
});

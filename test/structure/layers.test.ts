// The boundaries between layers, checked on the sources: the browser-safe folder of the
// language package (common/) and its protocol entry import nothing that needs Node or
// Langium; the pure plan model never imports validation, rules or services; the editor
// client reaches the language package only through its browser-safe entries; and a
// type-only import is written `import type`, so it can never carry a value (or, under
// verbatimModuleSyntax, become a side-effect import).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../cli/run-smart.js';

const language = join(repoRoot, 'packages/language/src');

function sourcesUnder(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        return entry.isDirectory() ? sourcesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
    });
}

function importsOf(path: string): string[] {
    return [...readFileSync(path, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm)].map(match => match[1]);
}

describe('layers', () => {
    test('common/ imports only its siblings: browser-safe, no Langium, no zod, no Node', () => {
        for (const path of sourcesUnder(join(language, 'common'))) {
            for (const specifier of importsOf(path)) {
                expect(specifier.startsWith('./'), `${relative(repoRoot, path)} imports ${specifier}`).toBe(true);
            }
        }
    });

    test('the protocol entry imports only common/, the view-model and assistant-answer schemas and zod', () => {
        for (const path of [join(language, 'protocol.ts'), join(language, 'model/plan-view-schema.ts'), join(language, 'model/assistant-schema.ts')]) {
            for (const specifier of importsOf(path)) {
                const allowed = specifier === 'zod' || /^\.\.?\/common\//.test(specifier)
                    || ['./model/plan-view-schema.js', './model/assistant-schema.js', './plan-view-schema.js'].includes(specifier);
                expect(allowed, `${relative(repoRoot, path)} imports ${specifier}`).toBe(true);
            }
        }
    });

    test('the plan model (model/) never imports the rules, validation, configuration or services', () => {
        for (const path of sourcesUnder(join(language, 'model'))) {
            for (const specifier of importsOf(path)) {
                expect(/\/(rules|validation|config|plan|lsp|workspace|references)\//.test(specifier) || specifier.includes('smart-module'),
                    `${relative(repoRoot, path)} imports ${specifier}`).toBe(false);
            }
        }
    });

    test('the extension client uses only the browser-safe entries of the language package, and no package\'s out/', () => {
        const client = sourcesUnder(join(repoRoot, 'packages/vscode/src')).filter(path => !path.endsWith('server.ts'));
        expect(client.length).toBeGreaterThan(5);
        for (const path of client) {
            for (const specifier of importsOf(path)) {
                expect(specifier === '@smart-plan/language' || /\/out\//.test(specifier), `${relative(repoRoot, path)} imports ${specifier}`).toBe(false);
            }
        }
    });

    test('type-only imports are written `import type`', () => {
        const sources = ['language', 'cli', 'preview', 'vscode'].flatMap(name => sourcesUnder(join(repoRoot, 'packages', name, 'src')));
        const offenders: string[] = [];
        for (const path of sources) {
            for (const [statement, names] of readFileSync(path, 'utf8').matchAll(/^import\s*\{([^}]*)\}\s*from\s*'[^']+'/gm)) {
                const specifiers = names.split(',').map(name => name.trim()).filter(Boolean);
                if (specifiers.length > 0 && specifiers.every(name => name.startsWith('type '))) {
                    offenders.push(`${relative(repoRoot, path)}: ${statement.replace(/\s+/g, ' ')}`);
                }
            }
        }
        expect(offenders).toEqual([]);
    });
});

// The boundaries between layers, checked on the sources: the browser-safe folder of the
// language package (common/) and its protocol entry import nothing that needs Node or
// Langium; everything its browser entry (the language server for a web worker) and the
// extension's browser build reach imports no Node built-in; the pure plan model never
// imports validation, rules or services; the editor client reaches the language package
// only through its browser-safe entries; and a
// type-only import is written `import type`, so it can never carry a value (or, under
// verbatimModuleSyntax, become a side-effect import).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
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

/** Every module a source reaches through relative imports (itself included), with what each imports from packages. */
function reachable(entry: string): Map<string, string[]> {
    const seen = new Map<string, string[]>();
    const visit = (path: string) => {
        if (seen.has(path)) {
            return;
        }
        const specifiers = importsOf(path);
        seen.set(path, specifiers.filter(specifier => !specifier.startsWith('.')));
        for (const specifier of specifiers.filter(candidate => candidate.startsWith('.'))) {
            visit(join(path, '..', specifier.replace(/\.js$/, '.ts')));
        }
    };
    visit(entry);
    return seen;
}

/** What in these modules needs Node: a built-in, Langium's Node entry, or the language package's Node-only index. */
function nodeImports(modules: Map<string, string[]>): string[] {
    const needsNode = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier) || specifier === 'langium/node'
        || specifier === '@smart-plan/language' || /^vscode-lang\w+\/node$/.test(specifier);
    return [...modules].flatMap(([path, specifiers]) => specifiers.filter(needsNode).map(specifier => `${relative(repoRoot, path)} imports ${specifier}`));
}

describe('layers', () => {
    test('the browser entry of the language package reaches no Node built-in', () => {
        const modules = reachable(join(language, 'browser.ts'));
        expect([...modules.keys()].map(path => relative(language, path))).toEqual(expect.arrayContaining(['lsp/language-server.ts', 'lsp/client-file-system.ts', 'smart-module.ts', 'config/config-files.ts']));
        expect(nodeImports(modules)).toEqual([]);
    });

    test('the extension\'s browser entry and its worker server reach no Node built-in', () => {
        for (const entry of ['extension-web.ts', 'server-web.ts']) {
            const modules = reachable(join(repoRoot, 'packages/vscode/src', entry));
            expect(modules.size, entry).toBeGreaterThan(entry === 'server-web.ts' ? 0 : 10);
            expect(nodeImports(modules)).toEqual([]);
        }
    });

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

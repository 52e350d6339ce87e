// One rule, one module: every file of packages/language/src/rules/ (besides index.ts and
// support/) is the module of the rule it is named after, the list of rule modules holds
// each once, in the catalogue's order, and a rule id is written nowhere else in the
// sources: each rule has exactly one emitter, its own module.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULE_MODULES, RULES, ruleModule, type RuleId } from '@smart-plan/language';
import { repoRoot } from '../cli/run-smart.js';

const rulesFolder = join(repoRoot, 'packages/language/src/rules');
const ruleFiles = readdirSync(rulesFolder).filter(name => name.endsWith('.ts') && name !== 'index.ts');

function sourcesUnder(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sourcesUnder(path);
        }
        return entry.name.endsWith('.ts') ? [path] : [];
    });
}

describe('rule modules', () => {
    test('each file in rules/ is the module of the rule it is named after, listed once in RULE_MODULES', async () => {
        const ids: string[] = [];
        for (const file of ruleFiles) {
            const module = (await import(join(rulesFolder, file))) as { default: (typeof RULE_MODULES)[number] };
            expect(module.default.meta.id, file).toBe(basename(file, '.ts'));
            expect(RULE_MODULES.filter(rule => rule === module.default), file).toHaveLength(1);
            ids.push(module.default.meta.id);
        }
        expect(ids.sort()).toEqual(RULE_MODULES.map(rule => rule.meta.id).sort());
        expect(new Set(ids).size).toBe(ids.length);
    });

    test('the catalogue is the modules\' metadata, in the modules\' order', () => {
        expect(RULES).toEqual(RULE_MODULES.map(rule => rule.meta));
        for (const rule of RULES) {
            expect(ruleModule(rule.id as RuleId).meta).toBe(rule);
        }
    });

    test('every rule module opens with a header comment naming its rule id', () => {
        for (const file of ruleFiles) {
            const text = readFileSync(join(rulesFolder, file), 'utf8');
            expect(text.startsWith('/**'), file).toBe(true);
            expect(text.slice(0, text.indexOf('*/')), file).toContain(`\`${basename(file, '.ts')}\``);
        }
    });

    test('a rule id is written in no source but its own module (one emitter per rule)', () => {
        const sources = ['language', 'cli', 'preview', 'vscode'].flatMap(name => sourcesUnder(join(repoRoot, 'packages', name, 'src')));
        expect(sources.length).toBeGreaterThan(100);
        const strays: string[] = [];
        for (const path of sources) {
            const text = readFileSync(path, 'utf8');
            for (const rule of RULES) {
                const own = relative(rulesFolder, path) === `${rule.id}.ts`;
                // A string literal that is the id (the sources write strings in single quotes; prose in
                // comments and documentation text may name rules).
                if (!own && text.includes(`'${rule.id}'`)) {
                    strays.push(`${relative(repoRoot, path)}: ${rule.id}`);
                }
            }
        }
        expect(strays).toEqual([]);
    });

    test('a rule with a quick fix or a check has it in its module; Langium\'s own codes are claimed by one rule each', () => {
        const claimed = RULE_MODULES.flatMap(rule => rule.langiumCodes ?? []);
        expect(new Set(claimed).size).toBe(claimed.length);
        expect(claimed.sort()).toEqual(['linking-error', 'lexing-error', 'parsing-error'].sort());
        for (const rule of RULE_MODULES) {
            // Every rule is found somewhere: by its node checks, a document check, or Langium.
            expect(Boolean(rule.create || rule.checkDocument || rule.langiumCodes), rule.meta.id).toBe(true);
        }
    });
});

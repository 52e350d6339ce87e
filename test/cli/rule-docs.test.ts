// The rule documentation (packages/cli/docs/rules.md): generated from the rule catalogue,
// committed up to date, and every example it shows really triggers its rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '@smart-plan/language';
import { EXAMPLE_TODAY, renderRuleDocs } from '../../packages/cli/src/rule-docs.js';
import { findingsOf } from '../helpers.js';
import { repoRoot } from './run-smart.js';

describe('the rule documentation', () => {
    test('the committed page is the one generated from the catalogue (else: node scripts/generate-rule-docs.mjs)', () => {
        const committed = readFileSync(join(repoRoot, 'packages/cli/docs/rules.md'), 'utf8');
        expect(committed).toBe(renderRuleDocs(RULES));
    });

    test('every rule has a section, headed by its id, with its letter, severity, summary, fix and example', () => {
        const page = renderRuleDocs(RULES);
        const sections = page.split(/\n(?=## )/).slice(1);
        expect(sections.map(section => section.split('\n')[0])).toEqual(RULES.map(rule => `## ${rule.id}`));
        for (const [i, rule] of RULES.entries()) {
            expect(sections[i]).toContain(`SMART letter: ${rule.letter ?? '—'}`);
            expect(sections[i]).toContain(`Default severity: ${rule.severity}.`);
            expect(sections[i]).toContain(rule.summary);
            expect(sections[i]).toContain(rule.fix);
            expect(sections[i]).toContain('```smart\n' + rule.example + '\n```');
        }
    });

    test.each(RULES.map(rule => [rule.id, rule] as const))('the example of %s triggers it at its default severity', async (id, rule) => {
        const found = await findingsOf(rule.example, { today: EXAMPLE_TODAY });
        expect(found.filter(finding => finding.rule === id).map(finding => finding.severity)).toContain(rule.severity);
    });
});

describe('the rule page address', () => {
    test('is in the repository named by the root package.json', async () => {
        const { readFileSync } = await import('node:fs');
        const { REPOSITORY_URL, ruleDocsUrl } = await import('@smart-plan/language');
        const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { repository: { url: string } };
        expect(REPOSITORY_URL).toBe(manifest.repository.url);
        expect(ruleDocsUrl('goal-missed')).toBe(`${manifest.repository.url}/blob/main/packages/cli/docs/rules.md#goal-missed`);
    });
});

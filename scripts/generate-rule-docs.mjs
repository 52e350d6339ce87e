#!/usr/bin/env node
// Writes packages/cli/docs/rules.md from the rule catalogue (run `npx tsc -b` first).
// With --check, writes nothing and exits 1 when the committed page is out of date.
import '@smart-plan/language/polyfill';
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '@smart-plan/language';
import { renderRuleDocs } from '../packages/cli/out/rule-docs.js';

const target = new URL('../packages/cli/docs/rules.md', import.meta.url);
const text = renderRuleDocs(RULES);
if (process.argv.includes('--check')) {
    let current = '';
    try {
        current = readFileSync(target, 'utf8');
    } catch {
        // a missing page is out of date
    }
    if (current !== text) {
        console.error('packages/cli/docs/rules.md is out of date: run node scripts/generate-rule-docs.mjs');
        process.exit(1);
    }
    console.log('packages/cli/docs/rules.md is up to date');
} else {
    writeFileSync(target, text);
    console.log(`wrote packages/cli/docs/rules.md (${RULES.length} rules)`);
}

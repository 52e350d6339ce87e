// No list is spread into a call in our sources (`push(...items)`, `Math.max(...values)`,
// `f(...args)`): each element becomes an argument, and V8 runs out of stack at about
// 120,000 of them. A plan with more findings than that once reported none, and a report of
// 130,000 goals failed. Lists that grow with a plan go through pushAll, maxOf and minOf
// (common/collections.ts); the few spreads of lists known to be short are listed here,
// with why, so a new one is a decision, not an accident.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../cli/run-smart.js';

/** `file: the call's text, as far as its first 60 characters` of the spreads known to be short. */
const SHORT_LISTS = new Set([
    // The edits of one quick fix: a metric and a target at most.
    'packages/language/src/rules/goal-not-measurable.ts: fixOf(`Add ${added.join(\' and \')} to \'${titleOf(goal) ?? goa',
    // A console line's few parts, passed on to stderr (stdout is smart mcp's protocol channel).
    'packages/cli/src/commands/mcp.ts: console.error(...parts)',
    // An element's kind and name: two.
    'packages/preview/src/markdown-anchors.ts: elementKey(this.scope, ...element)',
    'packages/preview/src/refs.ts: elementId(context.scope, ...options.anchor)',
    // The segments of one configured path.
    'packages/vscode/src/workspace-paths.ts: vscode.Uri.joinPath(named.uri, ...rest)',
    // The extension's commands, registered once.
    'packages/vscode/src/smart-extension.ts: context.subscriptions.push(log, tracker, preview, statusBar,',
    // The three smart/fs request handlers.
    'packages/vscode/src/smart-extension.ts: context.subscriptions.push(...answerFileRequests(languageCli'
]);

function sourcesUnder(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        return entry.isDirectory() ? (entry.name === 'generated' ? [] : sourcesUnder(path)) : entry.name.endsWith('.ts') ? [path] : [];
    });
}

function spreadsIntoCalls(path: string): string[] {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
        if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
            found.push(`${relative(repoRoot, path)}: ${node.parent.getText(source).replace(/\s+/g, ' ').slice(0, 60)}`);
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

describe('no unbounded spread into a call', () => {
    test('every spread into a call in packages/*/src is one of the short lists above', () => {
        const sources = ['language', 'cli', 'preview', 'vscode'].flatMap(name => sourcesUnder(join(repoRoot, 'packages', name, 'src')));
        expect(sources.length).toBeGreaterThan(100);
        const spreads = sources.flatMap(spreadsIntoCalls);
        expect(spreads.filter(spread => !SHORT_LISTS.has(spread))).toEqual([]);
        // The list stays true: an entry whose spread is gone is removed.
        expect([...SHORT_LISTS].filter(entry => !spreads.includes(entry))).toEqual([]);
    });
});

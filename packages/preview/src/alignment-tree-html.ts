/**
 * The portfolio's alignment tree as nested lists: each goal under the goal it aligns to,
 * roots first, with its status chip, progress, forecast and roll-up (coloured by its worst
 * status), its plan, a mark when that plan has syntax errors, and a link to its card.
 * Built without recursion, so a chain of alignments as long as the portfolio renders too.
 */
import { formatRollup, type AlignmentNode } from '@smart-plan/language/protocol';
import { goalAnchor } from './anchors.js';
import { html, SafeHtml } from './escape.js';
import { renderStatusChip } from './goal-card.js';
import { statusClass } from './labels.js';
import { nodeFigures, PORTFOLIO_WORDS, type PortfolioIndex } from './portfolio-index.js';

export function renderAlignmentTree(index: PortfolioIndex, tree: readonly AlignmentNode[]): SafeHtml {
    if (tree.length === 0) {
        return html`<p class="sp-empty">${PORTFOLIO_WORDS.noGoals}</p>`;
    }
    const out: string[] = ['<ul class="sp-tree">'];
    const stack: Array<{ nodes: readonly AlignmentNode[]; next: number }> = [{ nodes: tree, next: 0 }];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next === top.nodes.length) {
            stack.pop();
            out.push(stack.length > 0 ? '</ul></li>' : '</ul>');
            continue;
        }
        const node = top.nodes[top.next++];
        out.push(`<li class="sp-tree-node">${renderRow(index, node).value}`);
        if (node.children.length > 0) {
            out.push('<ul class="sp-tree-children">');
            stack.push({ nodes: node.children, next: 0 });
        } else {
            out.push('</li>');
        }
    }
    return new SafeHtml(out.join('\n'));
}

function renderRow(index: PortfolioIndex, node: AlignmentNode): SafeHtml {
    const found = index.nodeOf(node);
    const title = node.title || node.goal;
    const figures = nodeFigures(node, found?.goal);
    const rollup = formatRollup(node.rollup);
    return html`<div class="sp-tree-row">
${found ? html`<a class="sp-ref sp-tree-title" href="${`#${goalAnchor(found.plan.anchor, node.goal)}`}" title="${`goal ${node.goal}`}">${title}</a>` : html`<span class="sp-tree-title" title="${`goal ${node.goal}`}">${title}</span>`}
${renderStatusChip(node.status)}
${figures.length > 0 ? html`<span class="sp-tree-figures">${figures.join(' · ')}</span>` : ''}
${rollup ? html`<span class="${`sp-rollup sp-chip-${statusClass(node.rollup.worst ?? 'unknown')}`}">${rollup}</span>` : ''}
<span class="sp-tree-plan">${found?.plan.label ?? node.file}</span>
${node.syntaxErrors ? html`<span class="sp-flag sp-flag-syntax">${PORTFOLIO_WORDS.syntaxMark}</span>` : ''}
</div>`;
}

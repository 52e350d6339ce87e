/**
 * Inlay hints: the implied monthly rate after a goal's target (`≈ +10.3%/mo`), and after
 * a benchmark date the days since the step before it on the planned path (`+89 d`).
 */
import type { AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { isBenchmark, isGoal, isTarget } from '../generated/ast.js';
import type { SmartServices } from '../smart-module.js';
import { maxOf } from '../common/collections.js';
import { formatRate } from '../common/format.js';
import type { PlanInsight } from '../plan/plan-insight.js';

export class SmartInlayHintProvider extends AbstractInlayHintProvider {
    private readonly insight: PlanInsight;

    constructor(services: SmartServices) {
        super();
        this.insight = services.plan.PlanInsight;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isTarget(node) && isGoal(node.$container) && node.$container.target[0] === node) {
            const rate = this.insight.goal(node.$container)?.progress.monthlyRate;
            if (rate !== undefined && node.$cstNode) {
                acceptor({ position: node.$cstNode.range.end, label: `≈ ${formatRate(rate)}`, kind: InlayHintKind.Type, paddingLeft: true });
            }
        } else if (isBenchmark(node) && isGoal(node.$container) && node.$cstNode) {
            const facts = this.insight.goal(node.$container)?.facts;
            const day = facts?.benchmarks[node.$container.benchmarks.indexOf(node)]?.day;
            if (facts?.baseline?.day === undefined || day === undefined) {
                return;
            }
            const before = [facts.baseline.day, ...facts.benchmarks.map(b => b.day).filter((d): d is number => d !== undefined && d < day)];
            const previous = maxOf(before);
            acceptor({ position: node.$cstNode.range.end, label: `+${day - previous} d`, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip: 'Days since the previous step of the planned path (baseline or benchmark)' });
        }
    }
}

/**
 * Registers the checks of every rule module with the validation registry: for each node
 * type, one registry check runs the rules that look at that type, in catalogue order,
 * sharing one CheckContext (what the rules read about the node is computed once). Each
 * rule reports through a reporter bound to its id and default severity; a rule that throws
 * is reported on the node the way Langium reports a failing check, and the other rules of
 * the node still run.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { SmartAstType } from '../generated/ast.js';
import { RULE_MODULES, type RuleMetadata } from '../rules/index.js';
import { CheckContext } from '../rules/support/check-context.js';
import type { NodeCheck, Report } from '../rules/support/rule.js';
import type { SmartServices } from '../smart-module.js';

interface RuleCheck {
    rule: RuleMetadata;
    check: NodeCheck<AstNode>;
}

export function registerRuleChecks(services: SmartServices): void {
    const registry = services.validation.ValidationRegistry;
    const checksByType = new Map<string, RuleCheck[]>();
    for (const rule of RULE_MODULES) {
        for (const [type, check] of Object.entries(rule.create?.(services) ?? {})) {
            const checks = checksByType.get(type) ?? [];
            checks.push({ rule: rule.meta, check: check as NodeCheck<AstNode> });
            checksByType.set(type, checks);
        }
    }
    const table: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
    for (const [type, checks] of checksByType) {
        const reporters = reportersFor(checks);
        table[type] = (node, accept) => {
            const context = new CheckContext(services, node);
            const reports = reporters(accept);
            for (let index = 0; index < checks.length; index++) {
                try {
                    checks[index].check(node, reports[index], context);
                } catch (error) {
                    registry.reportCheckFailure(error, accept, node);
                }
            }
        };
    }
    registry.register(table as ValidationChecks<SmartAstType>);
}

/** The rules' reporters for one acceptor (one document's validation), made once per acceptor. */
function reportersFor(checks: RuleCheck[]): (accept: ValidationAcceptor) => Report[] {
    let lastAccept: ValidationAcceptor | undefined;
    let reports: Report[] = [];
    return accept => {
        if (accept !== lastAccept) {
            lastAccept = accept;
            reports = checks.map(({ rule }): Report => (message, info) => accept(rule.severity, message, { ...info, code: rule.id }));
        }
        return reports;
    };
}

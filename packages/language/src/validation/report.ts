/**
 * Reporting a rule: every check goes through reportRule, which sets the rule id as the
 * diagnostic code and the catalogue's default severity. Configured severities and
 * suppressions are applied later, in one place (SmartDocumentValidator).
 */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { ruleMetadata, type RuleId } from './rule-catalogue.js';

export function reportRule<N extends AstNode>(accept: ValidationAcceptor, rule: RuleId, message: string, info: DiagnosticInfo<N>): void {
    accept(ruleMetadata(rule).severity, message, { ...info, code: rule });
}

/** `goal 'growMembers'`: how messages name an element. */
export function describeElement(node: AstNode & { name?: string }): string {
    const kind = node.$type === 'CheckinEntry' ? 'check-in' : node.$type.replace(/^PlanHeader$/, 'plan').toLowerCase();
    return node.name ? `${kind} '${node.name}'` : kind;
}

export function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What quick fixes share: a fix built from edits (none when an edit cannot be placed), the
 * elements of a kind visible in a plan (name and title: fixes write the name and speak in
 * the title), the plan period's end as a default deadline, and plan text made safe to
 * write inside quotes. The edits themselves keep the formatter's
 * layout (lsp/text-edits.ts).
 */
import { AstUtils, type AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { endOfMonth, formatDay, toDay } from '../../common/dates.js';
import type { PlanFile } from '../../generated/ast.js';
import type { SmartServices } from '../../smart-module.js';
import type { QuickFix } from './rule.js';

/** A preferred fix of these edits; none when one of them could not be placed. */
export function fixOf(title: string, ...edits: Array<TextEdit | undefined>): QuickFix[] {
    return edits.every((edit): edit is TextEdit => edit !== undefined) ? [{ title, edits, preferred: true }] : [];
}

/** Names of elements of the given type visible in the node's file, in declaration order. */
export function visibleNames(services: SmartServices, node: AstNode, type: string): string[] {
    return visibleElements(services, node, type).map(element => element.name);
}

/** An element a fix may refer to: the name it writes, the title it shows. */
export interface VisibleElement {
    name: string;
    title: string;
}

/** Elements of the given type visible in the node's file, in declaration order, with their titles. */
export function visibleElements(services: SmartServices, node: AstNode, type: string): VisibleElement[] {
    const names = services.references.ScopeProvider.visibleNames(AstUtils.getDocument(node));
    return [...names.values()]
        .filter(d => services.shared.AstReflection.isSubtype(d.type, type))
        .map(d => ({ name: d.name, title: titleOf(d.node) ?? d.name }));
}

/** An element's title as a fix shows it, or undefined when it has none. */
export function titleOf(node: AstNode | undefined): string | undefined {
    const title = (node as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' && title.trim() !== '' ? title : undefined;
}

/** The plan period's end, else the end of this month a year on. */
export function periodEnd(services: SmartServices, plan: PlanFile): string {
    const end = plan.header?.period[0]?.end;
    if (end && toDay(end, 'end') !== undefined) {
        return end;
    }
    const today = services.config.ConfigProvider.configFor(AstUtils.getDocument(plan).uri).today;
    return formatDay(endOfMonth(today + 365));
}

/** Plan text to write inside a quoted text: quotes and backslashes dropped. */
export function quotable(text: string | undefined): string {
    return (text ?? '').replace(/["\\]/g, '');
}

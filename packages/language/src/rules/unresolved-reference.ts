/**
 * `unresolved-reference`: a name that resolves to nothing of the right kind visible here.
 * Found by Langium's linker (its linking errors are this rule's); the quick fix offers the
 * closest visible names.
 */
import { AstUtils, DocumentValidator, type AstNode, type ReferenceInfo } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { closestNames } from '../common/did-you-mean.js';
import { titleOf } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'unresolved-reference', severity: 'error',
        summary: 'A reference names nothing of the right kind that is visible here.',
        fix: 'Fix the name, declare the element, or import the file that declares it.',
        example: `goal growMembers "Grow paid membership" {
    owner nobody
}`
    },
    langiumCodes: [DocumentValidator.LinkingError],
    quickFixes: ({ services, document, diagnostic }) => {
        const reference = document.references.find(ref => ref.$refNode && rangesEqual(ref.$refNode.range, diagnostic.range));
        const refNode = reference?.$refNode;
        if (!reference || !refNode) {
            return [];
        }
        const info = referenceInfo(refNode.astNode, reference);
        if (!info) {
            return [];
        }
        const candidates = new Map(services.references.ScopeProvider.getScope(info).getAllElements().map(d => [d.name, titleOf(d.node)] as const));
        return closestNames(reference.$refText, [...candidates.keys()]).map((name, index) => {
            const title = candidates.get(name);
            return { title: `Did you mean '${name}'${title ? ` (${title})` : ''}?`, edits: [{ range: refNode.range, newText: name }], preferred: index === 0 };
        });
    }
});

function referenceInfo(container: AstNode, reference: ReferenceInfo['reference']): ReferenceInfo | undefined {
    for (const info of AstUtils.streamReferences(container)) {
        if (info.reference === reference) {
            return info;
        }
    }
    return undefined;
}

function rangesEqual(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Document links: the path of each `import` opens the imported plan.
 */
import type { LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { PlanFile } from '../generated/ast.js';
import { importTarget } from '../references/imports.js';

export class SmartDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): DocumentLink[] {
        const plan = document.parseResult.value as PlanFile;
        return plan.imports.flatMap(imp => {
            const pathNode = GrammarUtils.findNodeForProperty(imp.$cstNode, 'path');
            return imp.path && pathNode ? [{ range: pathNode.range, target: importTarget(document, imp).toString(), tooltip: 'Open the imported plan' }] : [];
        });
    }
}

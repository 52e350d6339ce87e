/**
 * Langium's document highlight (the other places of a name under the cursor), collecting
 * the places one by one: Langium spreads them into `push`, which overflows the stack for a
 * goal referred to more than about 120,000 times.
 */
import { CstUtils, UriUtils, AstUtils, type LangiumDocument } from 'langium';
import { DefaultDocumentHighlightProvider } from 'langium/lsp';
import type { DocumentHighlight, DocumentHighlightParams } from 'vscode-languageserver';

export class SmartDocumentHighlightProvider extends DefaultDocumentHighlightProvider {
    override getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const rootNode = document.parseResult.value.$cstNode;
        const selected = rootNode && CstUtils.findDeclarationNodeAtOffset(rootNode, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!selected) {
            return undefined;
        }
        const highlights: DocumentHighlight[] = [];
        for (const target of this.references.findDeclarations(selected)) {
            const includeDeclaration = UriUtils.equals(AstUtils.getDocument(target).uri, document.uri);
            for (const reference of this.references.findReferences(target, { documentUri: document.uri, includeDeclaration })) {
                highlights.push(this.createDocumentHighlight(reference));
            }
        }
        return highlights;
    }
}

/**
 * Langium's References, with a goal's references (its check-ins, the strategies serving
 * it, ...) never spread into a call: Langium collects them with `push(...references)`,
 * which overflows the stack past about 120,000 of them (find references, rename and
 * highlight then failed). The same answer, as a lazy stream.
 */
import { DefaultReferences, stream, UriUtils, type AstNode, type FindReferencesOptions, type ReferenceDescription, type Stream } from 'langium';

export class SmartReferences extends DefaultReferences {
    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        let fromIndex = this.index.findAllReferences(targetNode, this.nodeLocator.getAstNodePath(targetNode));
        if (options.documentUri) {
            const uri = options.documentUri;
            fromIndex = fromIndex.filter(reference => UriUtils.equals(reference.sourceUri, uri));
        }
        return options.includeDeclaration ? stream(this.getSelfReferences(targetNode), fromIndex) : fromIndex;
    }
}

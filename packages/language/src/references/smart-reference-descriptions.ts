/**
 * The reference index entries of a plan (what find-references, rename and relinking read),
 * made from the linker's own list of the document's references. Langium's default walks
 * every syntax node again and awaits a cancellation check at each one, which on a large
 * plan costs as much as the linking itself; this gives the same entries for a fraction.
 * To use it, SmartModule registers it as `workspace.ReferenceDescriptionProvider`.
 */
import type { AstNode, AstNodeDescription, AstNodeLocator, LangiumCoreServices, LangiumDocument, ReferenceDescription, ReferenceDescriptionProvider } from 'langium';
import { Cancellation, CstUtils, interruptAndCheck, isReference, UriUtils } from 'langium';

export class SmartReferenceDescriptionProvider implements ReferenceDescriptionProvider {
    private readonly nodeLocator: AstNodeLocator;

    constructor(services: LangiumCoreServices) {
        this.nodeLocator = services.workspace.AstNodeLocator;
    }

    async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const sourceUri = document.uri;
        const paths = new Map<AstNode, string>();
        for (const reference of document.references) {
            const refNode = reference.$refNode;
            if (reference.error || !refNode) {
                continue;
            }
            const targets: AstNodeDescription[] = isReference(reference)
                ? (reference.$nodeDescription ? [reference.$nodeDescription] : [])
                : reference.items.flatMap(item => item.$nodeDescription ? [item.$nodeDescription] : []);
            if (targets.length === 0) {
                continue;
            }
            const container = refNode.astNode;
            let sourcePath = paths.get(container);
            if (sourcePath === undefined) {
                sourcePath = this.nodeLocator.getAstNodePath(container);
                paths.set(container, sourcePath);
            }
            const segment = CstUtils.toDocumentSegment(refNode);
            for (const target of targets) {
                descriptions.push({
                    sourceUri,
                    sourcePath,
                    targetUri: target.documentUri,
                    targetPath: target.path,
                    segment,
                    local: UriUtils.equals(target.documentUri, sourceUri)
                });
            }
        }
        await interruptAndCheck(cancelToken);
        return descriptions;
    }
}

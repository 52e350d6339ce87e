/**
 * Langium's index of exported names, with one lookup made cheap: the names of a single
 * file. Langium answers `allElements(type, files)` by filtering every indexed document,
 * so asking once per plan for its own names (scoping) or its import's names (scoping and
 * `duplicate-name`) grew with the square of the workspace's size.
 */
import { DefaultIndexManager, stream, type AstNodeDescription, type Stream } from 'langium';

export class SmartIndexManager extends DefaultIndexManager {
    override allElements(nodeType?: string, uris?: Set<string>): Stream<AstNodeDescription> {
        if (uris?.size === 1) {
            const [uri] = uris;
            return stream(this.symbolIndex.has(uri) ? this.getFileDescriptions(uri, nodeType) : []);
        }
        return super.allElements(nodeType, uris);
    }
}

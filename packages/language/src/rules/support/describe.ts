/** How rule messages name an element: `goal 'growMembers'`, `check-in`, `plan`. */
import type { AstNode } from 'langium';
import { kindWord } from '../../common/vocabulary.js';

export function describeElement(node: AstNode & { name?: string }): string {
    const kind = kindWord(node.$type);
    return node.name ? `${kind} '${node.name}'` : kind;
}

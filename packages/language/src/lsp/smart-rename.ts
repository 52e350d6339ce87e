/**
 * Rename that knows needs are written `avatar.need`: renaming a need rewrites only the
 * part after the dot of each reference, and renaming an avatar also rewrites the avatar
 * part of every reference to its needs. Works across every plan that refers to them.
 */
import { CstUtils, URI, type LangiumDocument, type LangiumDocuments } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { isAvatar } from '../generated/ast.js';
import type { SmartServices } from '../smart-module.js';

export class SmartRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: SmartServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const result = await super.rename(document, params);
        if (!result?.changes) {
            return result;
        }
        // A qualified reference (`solo.pipeline`) to a renamed need keeps its avatar part.
        for (const [uri, edits] of Object.entries(result.changes)) {
            const text = this.documents.getDocument(URI.parse(uri))?.textDocument;
            for (const edit of edits) {
                const old = text?.getText(edit.range) ?? '';
                if (old.includes('.')) {
                    edit.newText = `${old.slice(0, old.lastIndexOf('.') + 1)}${params.newName}`;
                }
            }
        }
        // A renamed avatar: references to its needs carry its name too.
        const target = this.targetAt(document, params);
        if (isAvatar(target)) {
            for (const need of target.needs) {
                for (const reference of this.references.findReferences(need, { includeDeclaration: false })) {
                    const edit: TextEdit = { range: reference.segment.range, newText: `${params.newName}.${need.name}` };
                    (result.changes[reference.sourceUri.toString()] ??= []).push(edit);
                }
            }
        }
        return result;
    }

    private targetAt(document: LangiumDocument, params: RenameParams) {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }
}

/**
 * What a plan file exports: every named top-level declaration, and every avatar need
 * under its qualified name `avatar.need`. Journey steps stay private to their journey.
 * Local (container) scopes are not computed: the scope provider resolves every reference
 * against the file scope, since all referable names live at the top level.
 */
import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isAvatar, type PlanFile } from '../generated/ast.js';

export class SmartScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value as PlanFile;
        const exported: AstNodeDescription[] = [];
        for (const declaration of root.declarations) {
            if (!('name' in declaration) || !declaration.name) {
                continue;
            }
            exported.push(this.descriptions.createDescription(declaration, declaration.name, document));
            if (isAvatar(declaration)) {
                for (const need of declaration.needs) {
                    if (need.name) {
                        exported.push(this.descriptions.createDescription(need, `${declaration.name}.${need.name}`, document));
                    }
                }
            }
        }
        return exported;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}

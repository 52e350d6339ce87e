/**
 * Unresolved references, said the way a plan author needs it: what kind of element was
 * looked for, under which name, and what to do (fix the name, declare it, or import the
 * file that declares it). A name that exists but names the wrong kind says so.
 */
import { AstUtils, DefaultLinker, type AstNodeDescription, type LangiumCoreServices, type LinkingError, type ReferenceInfo } from 'langium';
import type { SmartScopeProvider } from './smart-scope-provider.js';

const KIND_WORDS: Record<string, string> = {
    Person: 'person', Avatar: 'avatar', Need: 'need', Metric: 'metric', Goal: 'goal', Strategy: 'strategy', Tactic: 'tactic'
};

export class SmartLinker extends DefaultLinker {
    private readonly scopes: () => SmartScopeProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopes = () => services.references.ScopeProvider as SmartScopeProvider;
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const wanted = this.reflection.getReferenceType(refInfo);
        const kind = KIND_WORDS[wanted] ?? wanted.toLowerCase();
        const name = refInfo.reference.$refText;
        const visible = this.scopes().visibleNames(AstUtils.getDocument(refInfo.container)).get(name);
        if (visible) {
            const other = KIND_WORDS[visible.type] ?? visible.type.toLowerCase();
            error.message = `'${name}' is ${/^[aeiou]/.test(other) ? 'an' : 'a'} ${other}, not ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}: name ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} here.`;
        } else if (wanted === 'Need') {
            error.message = `No need '${name}' is visible here: write it as avatar.need (e.g. soloCoach.pipeline), and declare the need in its avatar.`;
        } else {
            error.message = `No ${kind} named '${name}' is visible here: fix the name, declare the ${kind}, or import the file that declares it.`;
        }
        return error;
    }
}

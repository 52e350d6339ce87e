/**
 * What every part of the page is rendered with: the view model, whether the page is the
 * editor's interactive pane (focusable declarations, the toolbar) or the static report,
 * which elements have a place on the page (so a reference links to it only when the
 * page holds it), and, in the portfolio, the plan's anchor that scopes its ids and the
 * places of the other plans' elements it refers to.
 */
import type { PlanView } from '@smart-plan/language/protocol';
import type { AnchorKind } from './anchors.js';
import { anchorKey } from './refs.js';

export interface RenderOptions {
    /** The editor's pane: declarations are focusable and reveal on Enter; Export and Print buttons. */
    interactive?: boolean;
    /** In the portfolio: the plan's anchor, which scopes every id of its part of the page (anchors.ts). */
    scope?: string;
    /** In the portfolio: the ids of other plans' elements this plan refers to, by `kind:name` (the goals its goals align to). */
    elsewhere?: ReadonlyMap<string, string>;
}

export interface RenderContext {
    view: PlanView;
    interactive: boolean;
    /** `kind:name` of every element drawn with an anchor. */
    anchors: ReadonlySet<string>;
    scope: string | undefined;
    elsewhere: ReadonlyMap<string, string>;
}

export function renderContext(view: PlanView, options: RenderOptions = {}): RenderContext {
    const anchors = new Set<string>();
    const add = (kind: AnchorKind, names: Iterable<{ name: string }>) => {
        for (const { name } of names) {
            anchors.add(anchorKey(kind, name));
        }
    };
    add('goal', view.goals);
    add('strategy', view.strategies);
    add('tactic', [...view.strategies.flatMap(s => s.tactics), ...view.unassignedTactics]);
    add('avatar', view.avatars);
    add('need', view.avatars.flatMap(a => a.needs.map(n => ({ name: `${a.name}.${n.name}` }))));
    add('person', view.people);
    add('skill', view.skills);
    add('metric', view.metrics);
    add('journey', view.journeys);
    return { view, interactive: options.interactive === true, anchors, scope: options.scope, elsewhere: options.elsewhere ?? new Map() };
}

/**
 * How two versions of a journey compare: its avatar, its steps matched by name and
 * compared inside, and — the one ordered thing in a plan — the order of its steps.
 */
import type { JourneyFacts, StepFacts } from '../plan-facts.js';
import { differ, named } from './differ.js';
import { partChanges, quoted, setChanges, textChange, valueChange } from './fields.js';
import type { FieldChange } from './types.js';
import { quote } from './values.js';

export const JOURNEY_DIFFER = differ<JourneyFacts>({
    ...named('journey', plan => plan.journeys),
    compare: (before, after) => [
        ...valueChange('for', before.avatar || undefined, after.avatar || undefined),
        ...partChanges('step', before.steps, after.steps, compareSteps),
        ...stepOrderChange(before.steps, after.steps)
    ]
});

function compareSteps(before: StepFacts, after: StepFacts): FieldChange[] {
    const reaction = (r: { tactic?: string; asset?: string }) => r.asset !== undefined ? quote(r.asset) : r.tactic ?? '';
    return [
        ...textChange('title', before.title, after.title),
        ...setChanges('reaction', before.reactions.map(reaction), after.reactions.map(reaction)),
        ...setChanges('stakeholder', before.stakeholders, after.stakeholders, quoted),
        ...setChanges('competitor', before.competitors, after.competitors, quoted),
        ...setChanges('worst', before.worstCases, after.worstCases, quoted),
        ...setChanges('alternative', before.alternatives, after.alternatives, quoted)
    ];
}

/** Steps are ordered as written: the steps on both sides, in another order, are a change. */
function stepOrderChange(before: StepFacts[], after: StepFacts[]): FieldChange[] {
    const common = new Set(before.map(s => s.name).filter(name => after.some(s => s.name === name)));
    const [was, is] = [before, after].map(steps => steps.map(s => s.name).filter(name => common.has(name)).join(', '));
    return was === is ? [] : [{ field: 'steps', old: was, new: is, class: 'neutral', detail: `steps reordered: ${was} → ${is}` }];
}

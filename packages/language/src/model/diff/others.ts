/**
 * How two versions of the remaining kinds compare — the plan header, persons, avatars,
 * SWOTs, metrics, reviews and skills: each a list of fact comparisons, all neutral but an
 * owner's presence.
 */
import type { AvatarFacts, HeaderFacts, MetricFacts, PersonFacts, ReviewFacts, SkillFacts, SwotFacts } from '../plan-facts.js';
import { differ, named } from './differ.js';
import { ownerChange, partChanges, quoted, setChanges, spanChange, textChange, valueChange } from './fields.js';
import { cadenceText, dayKey, quote } from './values.js';

export const PLAN_DIFFER = differ<HeaderFacts>({
    kind: 'plan', elements: plan => plan.header ? [plan.header] : [], key: () => 'plan', label: header => header.title,
    line: header => header.line, renamable: false,
    compare: (before, after) => [
        ...textChange('title', before.title, after.title),
        ...ownerChange(before.owner, after.owner),
        ...spanChange('period', before.period, after.period),
        ...valueChange('review', cadenceText(before.cadence), cadenceText(after.cadence)),
        ...valueChange('currency', before.currency, after.currency),
        ...textChange('description', before.description, after.description)
    ]
});

export const PERSON_DIFFER = differ<PersonFacts>({
    ...named('person', plan => plan.persons),
    compare: (before, after) => [...textChange('title', before.title, after.title), ...setChanges('role', before.roles, after.roles, quoted)]
});

export const AVATAR_DIFFER = differ<AvatarFacts>({
    ...named('avatar', plan => plan.avatars),
    compare: (before, after) => [
        ...textChange('title', before.title, after.title),
        ...textChange('segment', before.segment, after.segment),
        ...valueChange('market', before.market, after.market),
        ...partChanges('need', before.needs, after.needs, (b, a) => textChange('title', b.title, a.title)),
        ...setChanges('motivation', before.motivations, after.motivations, quoted),
        ...setChanges('criteria', before.criteria, after.criteria, quoted),
        ...setChanges('channel', before.channels, after.channels)
    ]
});

export const SWOT_DIFFER = differ<SwotFacts>({
    kind: 'swot', elements: plan => plan.swots, key: (_, index) => index === 0 ? 'swot' : `swot ${index + 1}`,
    label: () => 'swot', line: swot => swot.line, renamable: false,
    compare: (before, after) => [
        ...setChanges('strength', before.strengths, after.strengths, quoted),
        ...setChanges('weakness', before.weaknesses, after.weaknesses, quoted),
        ...setChanges('opportunity', before.opportunities, after.opportunities, quoted),
        ...setChanges('threat', before.threats, after.threats, quoted)
    ]
});

export const METRIC_DIFFER = differ<MetricFacts>({
    ...named('metric', plan => plan.metrics),
    compare: (before, after) => [...textChange('title', before.title, after.title), ...valueChange('unit', before.unit, after.unit)]
});

export const REVIEW_DIFFER = differ<ReviewFacts>({
    kind: 'review', elements: plan => plan.reviews, key: dayKey,
    label: review => review.date, line: review => review.line, renamable: false,
    compare: (before, after) => [
        ...textChange('title', before.title, after.title),
        ...setChanges('attendee', before.attendees, after.attendees),
        ...setChanges('decision', before.decisions.map(decisionText), after.decisions.map(decisionText))
    ]
});

export const SKILL_DIFFER = differ<SkillFacts>({
    ...named('skill', plan => plan.skills),
    compare: (before, after) => [
        ...textChange('title', before.title, after.title),
        ...valueChange('coach', before.coach, after.coach),
        ...setChanges('supports', before.supports, after.supports)
    ]
});

/** `"Lower the target" about growMembers`: a decision as the diff writes it. */
function decisionText(decision: ReviewFacts['decisions'][number]): string {
    return `${quote(decision.text)}${decision.about.length > 0 ? ` about ${decision.about.join(', ')}` : ''}`;
}

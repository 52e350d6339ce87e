// The reference index entries made from the linker's list (SmartReferenceDescriptionProvider)
// are exactly Langium's default ones, across an import, through `avatar.need`, with an
// unresolved reference left out.
import { readFileSync } from 'node:fs';
import { DefaultReferenceDescriptionProvider, type ReferenceDescription } from 'langium';
import { expect, test } from 'vitest';
import { SmartReferenceDescriptionProvider } from '../../packages/language/src/references/smart-reference-descriptions.js';
import { buildPlans, services } from '../helpers.js';

const example = (path: string) => readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8');

function comparable(descriptions: ReferenceDescription[]): string[] {
    return descriptions
        .map(d => JSON.stringify({ ...d, sourceUri: d.sourceUri.toString(), targetUri: d.targetUri.toString() }))
        .sort();
}

test('SmartReferenceDescriptionProvider gives the same entries as Langium, for a fraction of the walk', async () => {
    const plans = await buildPlans({
        'corporate.smart': example('corporate/corporate.smart'),
        'emea-unit.smart': example('corporate/emea-unit.smart') + '\ngoal extra "Extra" { owner nobody aligns corpArrGrowth }\n',
        'coaching.smart': example('coaching/acme-coaching.smart')
    });
    const ours = new SmartReferenceDescriptionProvider(services);
    const langium = new DefaultReferenceDescriptionProvider(services);
    let compared = 0;
    for (const document of Object.values(plans)) {
        const expected = comparable(await langium.createDescriptions(document));
        expect(comparable(await ours.createDescriptions(document))).toEqual(expected);
        compared += expected.length;
    }
    expect(compared).toBeGreaterThan(100);
    const unit = await ours.createDescriptions(plans['emea-unit.smart']);
    expect(unit.some(d => d.targetUri.toString().endsWith('corporate.smart') && !d.local)).toBe(true);
});

/**
 * A large portfolio for the tests: a corporate plan with two goals and `units` unit plans
 * (units/unit-001.smart, ...), each with two goals aligned to the corporate ones and a
 * check-in, in a scratch folder whose .smartrc.json fixes today at 2027-03-15.
 */
import { scratch } from './scratch.js';

const goal = (name: string, title: string, value: number, aligns?: string) => `goal ${name} "${title}" {
    metric m
    baseline 0 on 2027-01-01
    target 100 by 2027-12-31
    owner lead${aligns ? `\n    aligns ${aligns}` : ''}
}
`;

export function largePortfolio(units: number): string {
    const files: Record<string, string> = {
        '.smartrc.json': JSON.stringify({ today: '2027-03-15' }),
        'corporate.smart': `plan "Group 2027" { period 2027-01-01 to 2027-12-31 }
person lead "Group lead"
metric m "Customers" unit count
${goal('grow', 'Grow the group', 20)}${goal('keep', 'Keep the customers', 20)}checkin 2027-03-01 { grow 20 keep 20 }
`
    };
    for (let unit = 1; unit <= units; unit++) {
        const id = String(unit).padStart(3, '0');
        files[`units/unit-${id}.smart`] = `plan "Unit ${id}" { period 2027-01-01 to 2027-12-31 }
import "../corporate.smart"
${goal(`grow${id}`, `Grow unit ${id}`, 0, 'grow')}${goal(`keep${id}`, `Keep unit ${id}`, 0, 'keep')}checkin 2027-03-01 { grow${id} ${unit % 3 === 0 ? 2 : 18} keep${id} 19 }
`;
    }
    return scratch(files);
}

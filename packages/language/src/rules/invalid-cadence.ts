/** `invalid-cadence`: a review cadence counts whole periods (`every 2 weeks`). */
import { parseCadence } from '../common/values.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'invalid-cadence', severity: 'error',
        summary: "A review cadence does not count whole periods: 'every N weeks' needs N a whole number above 0.",
        fix: "Write 'every N days', 'weeks', 'months' or 'quarters' with N a whole number above 0, e.g. 'review every 2 weeks'.",
        example: `plan "Acme 2027" {
    period 2027-01-01 to 2027-12-31
    review every 1.5 weeks
}`
    },
    create: () => ({
        Cadence: (cadence, report) => {
            if (cadence.count !== undefined && !parseCadence(cadence.count, cadence.unit ?? 'day')) {
                report(`A review cadence counts whole periods: write 'every N ${cadence.unit ?? 'weeks'}' with N a whole number above 0, not ${cadence.count}.`,
                    { node: cadence, property: 'count' });
            }
        }
    })
});

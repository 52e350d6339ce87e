// Quick fixes: each adds what the rule asks for, in the formatter's layout, and removes
// the diagnostic; every rule can be suppressed on its line.
import { describe, expect, test } from 'vitest';
import { buildPlan, findings } from '../helpers.js';
import { applyAction, applyFix, codeActionsFor } from './editor-helpers.js';

const header = `plan "P" {
    owner ana
    period 2027-01-01 to 2027-12-31
    review every 2 weeks
}

person ana "Ana"

person ben "Ben"

metric members "Members" unit count
`;

describe('quick fixes', () => {
    test('goal-not-measurable: adds metric and target skeletons', async () => {
        const fixed = await applyFix(`${header}
goal grow "Grow" {
    baseline 10 on 2027-01-01
}
`, 'goal-not-measurable', "Add the metric 'Members' and a target to 'Grow' (then set the target value)");
        expect(fixed).toContain(`goal grow "Grow" {
    baseline 10 on 2027-01-01
    metric members
    target 10 by 2027-12-31
}`);
    });

    test('goal-not-measurable without any metric declares one', async () => {
        const fixed = await applyFix(`person ana "Ana"

goal grow "Grow" {
    target 5 by 2027-12-31
}
`, 'goal-not-measurable', "Add a new metric to 'Grow' (then set the target value)");
        expect(fixed).toContain('metric growMeasure "Grow" unit count');
        expect(fixed).toContain('    metric growMeasure\n');
    });

    test('goal-not-time-bound: adds the plan period end to the target', async () => {
        const fixed = await applyFix(`${header}
goal grow "Grow" {
    metric members
    target 400
}
`, 'goal-not-time-bound', "Add a deadline: 'by 2027-12-31'");
        expect(fixed).toContain('    target 400 by 2027-12-31\n');
    });

    test('goal-without-owner: the plan owner becomes the goal owner', async () => {
        const fixed = await applyFix(`${header}
goal grow "Grow" {
    metric members
}
`, 'goal-without-owner', "Make 'Ana' the owner of 'Grow'");
        expect(fixed).toContain('    metric members\n    owner ana\n}');
    });

    test('goal-without-owner offers every person by title, the plan owner first and preferred', async () => {
        const document = await buildPlan(`${header.replace('owner ana', 'owner ben')}\nperson cy "Cy Young"\n\ngoal grow "Grow" {\n    metric members\n}\n`);
        const diagnostic = document.diagnostics!.find(d => d.code === 'goal-without-owner')!;
        const actions = await codeActionsFor(document, diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred === true])).toEqual([
            ["Make 'Ben' the owner of 'Grow'", true],
            ["Make 'Ana' the owner of 'Grow'", false],
            ["Make 'Cy Young' the owner of 'Grow'", false],
            ["Suppress 'goal-without-owner' on this line", false]
        ]);
        expect(applyAction(document, actions[2])).toContain('    metric members\n    owner cy\n}');
    });

    test('goal-without-owner without a plan owner offers each person', async () => {
        const document = await buildPlan('person ana "Ana"\n\nperson ben "Ben"\n\ngoal g "G" {\n}\n');
        const diagnostic = document.diagnostics!.find(d => d.code === 'goal-without-owner')!;
        const titles = (await codeActionsFor(document, diagnostic)).map(a => a.title);
        expect(titles).toEqual(["Make 'Ana' the owner of 'G'", "Make 'Ben' the owner of 'G'", "Suppress 'goal-without-owner' on this line"]);
    });

    test('tactic-without-strategy: pick an existing strategy', async () => {
        const fixed = await applyFix(`${header}
strategy voice "Voice" {
    message "Hi"
}

tactic post "Post" {
    owner ana
}
`, 'tactic-without-strategy', "Execute strategy 'Voice'");
        expect(fixed).toContain('tactic post "Post" {\n    owner ana\n    executes voice\n}');
    });

    test('tactic-without-strategy: or create a stub strategy', async () => {
        const fixed = await applyFix(`${header}
tactic post "Post" {
    owner ana
}
`, 'tactic-without-strategy', "Create strategy 'Post: the message' for this tactic");
        expect(fixed).toContain('    executes postStrategy\n}\n\nstrategy postStrategy "Post: the message" {\n    message "What this tactic says, and to whom"\n}');
    });

    test('goal-without-strategy: creates a stub strategy serving the goal', async () => {
        const fixed = await applyFix(`${header}
goal grow "Grow" {
    metric members
}
`, 'goal-without-strategy', "Create strategy 'How we reach: Grow' serving this goal");
        expect(fixed).toContain('strategy growStrategy "How we reach: Grow" {\n    serves grow\n}');
    });

    test('step-without-reaction: react with a tactic or an asset', async () => {
        const text = `avatar a "A" {
    need n "N"
}

tactic post "Post" {
}

journey j for a {
    step aware "Hears of us" {
        stakeholder "Spouse"
    }
}
`;
        expect(await applyFix(text, 'step-without-reaction', "React with tactic 'Post'")).toContain('        stakeholder "Spouse"\n        reaction post\n    }');
        expect(await applyFix(text, 'step-without-reaction', 'React with an asset (then name it)')).toContain('        reaction "Asset for: Hears of us"\n');
    });

    test('plan-without-review: adds a cadence to the header', async () => {
        const fixed = await applyFix('plan "P" {\n    period 2027-01-01 to 2027-12-31\n}\n', 'plan-without-review', /^Review the plan every 2 weeks/);
        expect(fixed).toBe('plan "P" {\n    period 2027-01-01 to 2027-12-31\n    review every 2 weeks\n}\n');
    });

    test('dated-in-future: a year typo is corrected to the year that puts the date inside the plan period', async () => {
        const fixed = await applyFix(`${header}
goal grow "Grow" {
    metric members
}

checkin 2028-03-10 {
    grow 12
}
`, 'dated-in-future', 'Did you mean 2027-03-10?');
        expect(fixed).toContain('checkin 2027-03-10 {\n    grow 12\n}');
    });

    test('dated-in-future: no fix when no year puts the date inside the period and before today', async () => {
        const document = await buildPlan(`${header}\nreview 2027-06-30 "Mid-year" {\n}\n`);
        const diagnostic = document.diagnostics!.find(d => d.code === 'dated-in-future')!;
        expect((await codeActionsFor(document, diagnostic)).map(a => a.title)).toEqual(["Suppress 'dated-in-future' on this line"]);
    });

    test('unresolved-reference: did you mean the nearest name of the right kind', async () => {
        const fixed = await applyFix(`${header}
goal grow "Grow" {
    metric membrs
}
`, 'unresolved-reference', "Did you mean 'members' (Members)?");
        expect(fixed).toContain('    metric members\n');
    });

    test('unresolved-reference offers no names of the wrong kind', async () => {
        const document = await buildPlan(`${header}\ngoal grow "Grow" {\n    owner membrs\n}\n`);
        const diagnostic = document.diagnostics!.find(d => d.code === 'unresolved-reference')!;
        const titles = (await codeActionsFor(document, diagnostic)).map(a => a.title);
        expect(titles.filter(t => t.startsWith('Did you mean'))).toEqual([]);
    });

    test('unit-mismatch: drop the %, or measure the metric in %', async () => {
        const text = `${header}\ngoal grow "Grow" {\n    metric members\n    target 40% by 2027-12-31\n}\n`;
        expect(await applyFix(text, 'unit-mismatch', "Drop the '%': write 40")).toContain('    target 40 by 2027-12-31\n');
        expect(await applyFix(text, 'unit-mismatch', "Measure 'Members' in % instead of count")).toContain('metric members "Members" unit %\n');
        const checkin = `${header}\ngoal grow "Grow" {\n    metric members\n}\n\ncheckin 2027-02-01 {\n    grow 12%\n}\n`;
        expect(await applyFix(checkin, 'unit-mismatch', "Drop the '%': write 12")).toContain('    grow 12\n');
    });

    test('unit-mismatch: write the budget in the plan\'s currency', async () => {
        const text = `${header.replace('review every 2 weeks', 'review every 2 weeks\n    currency USD')}\ntactic post "Post" {\n    budget 150 EUR per month\n}\n`;
        expect(await applyFix(text, 'unit-mismatch', "Write the budget in USD, the plan's currency (instead of EUR)")).toContain('    budget 150 USD per month\n');
    });

    test('suppress on this line, for any rule, and adding to an existing suppression', async () => {
        const text = `${header}\ngoal grow "Grow" {\n    metric members\n}\n`;
        const once = await applyFix(text, 'goal-without-owner', "Suppress 'goal-without-owner' on this line");
        expect(once).toContain('// smart-disable-next-line goal-without-owner\ngoal grow "Grow" {');
        const twice = await applyFix(once, 'goal-without-strategy', "Suppress 'goal-without-strategy' on this line");
        expect(twice).toContain('// smart-disable-next-line goal-without-owner, goal-without-strategy\ngoal grow "Grow" {');
    });

    test('a one-line block gets its brace on a line of its own', async () => {
        const document = await buildPlan(`${header}\ngoal grow "Grow" { metric members }\n`);
        const diagnostic = document.diagnostics!.find(d => d.code === 'goal-without-owner')!;
        const action = (await codeActionsFor(document, diagnostic)).find(a => a.title.startsWith('Make'))!;
        const fixed = applyAction(document, action);
        expect(fixed).toContain('goal grow "Grow" { metric members\n    owner ana\n}');
        expect(findings(await buildPlan(fixed)).map(f => f.rule)).not.toContain('goal-without-owner');
    });
});

/** `skill-without-coach` (T): a skill is taught and monitored by someone. */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'skill-without-coach', letter: 'T', severity: 'warning',
        summary: "A skill has no 'coach'.",
        fix: "Add 'coach PERSON' naming who teaches and monitors the skill.",
        example: `skill discoveryCall "Run a discovery call" { }`
    },
    create: () => ({
        Skill: (skill, report) => {
            if (skill.coach.length === 0) {
                report(`Skill '${skill.name}' has no coach: add 'coach PERSON' for who teaches and monitors it.`, { node: skill, property: 'name' });
            }
        }
    })
});

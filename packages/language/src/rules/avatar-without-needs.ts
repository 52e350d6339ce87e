/** `avatar-without-needs` (S): knowing the ideal client means knowing what they need. */
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'avatar-without-needs', letter: 'S', severity: 'warning',
        summary: "An avatar declares no 'need'.",
        fix: "Add 'need NAME \"...\"' for what the ideal client needs.",
        example: `avatar soloCoach "Solo coach" {
    channel linkedin
}`
    },
    create: () => ({
        Avatar: (avatar, report) => {
            if (avatar.needs.length === 0) {
                report(`Avatar '${avatar.name}' declares no need: add 'need NAME "..."' for what this client needs.`, { node: avatar, property: 'name' });
            }
        }
    })
});

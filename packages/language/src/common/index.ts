/**
 * `@smart-plan/language/common`: what every surface may use, in a browser too: the shared
 * vocabulary and formatters, plan dates and values, the Markdown escape and the starter
 * plan. Imports nothing outside this folder.
 */
export * from './vocabulary.js';
export * from './format.js';
export * from './markdown.js';
export * from './control-characters.js';
export * from './collections.js';
export * from './dates.js';
export * from './values.js';
export * from './starter-plan.js';
export * from './did-you-mean.js';
export * from './checkin-input.js';
export * from './assistant-words.js';

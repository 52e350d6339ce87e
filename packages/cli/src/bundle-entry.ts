/**
 * The entry of the one-file CLI bundle (packages/cli/dist/smart.cjs, and dist/smart.cjs of
 * the npm package smart-plan; see scripts/cli-bundle.mjs): the Node 20 polyfill first, so
 * the bundle runs without anything else loaded before it, then the CLI's `main`.
 */
import '@smart-plan/language/polyfill';

export { main } from './main.js';

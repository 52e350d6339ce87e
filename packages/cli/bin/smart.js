#!/usr/bin/env node
// The `smart` command: loads the Node 20 polyfill before Langium, then runs the CLI from its
// bundle when `npm run build` made a current one (fast start: src/bundle-loader.ts), else
// from the compiled modules in out/.
import '@smart-plan/language/polyfill';
import { loadBundledCli } from '../out/bundle-loader.js';

const { main } = loadBundledCli() ?? await import('../out/main.js');
process.exitCode = await main(process.argv.slice(2));

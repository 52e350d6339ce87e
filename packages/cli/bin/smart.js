#!/usr/bin/env node
// The `smart` command: loads the Node 20 polyfill before Langium, then runs the CLI.
import '@smart-plan/language/polyfill';
const { main } = await import('../out/main.js');
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The `smart` and `smart-plan` commands of the npm package smart-plan (staged and packed by
// scripts/pack-npm.mjs). dist/smart.cjs is the whole command line in one file: the Node 20
// polyfill, the CLI, Langium and the language server; it needs nothing but Node itself.
// No V8 code cache ships beside it: a cache is safe only on the very Node build that made
// it (Node 20.10 and 20.19 crash on one made by 20.20). Node 22.1 and later keep their own,
// per Node version, once enableCompileCache is on (NODE_DISABLE_COMPILE_CACHE=1 turns it off).
'use strict';
const { enableCompileCache } = require('node:module');
if (typeof enableCompileCache === 'function') {
    enableCompileCache();
}
require('../dist/smart.cjs').main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});

/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time per package and per
 * function, and total (inclusive) time per function, so a slow benchmark figure can be
 * traced to the code that spends the time.
 * Usage: node scripts/bench/profile-summary.mjs FILE.cpuprofile [--top N]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Self time in ms per node id, from the profile's samples and time deltas. */
function selfTimes(profile) {
    const times = new Map();
    profile.samples.forEach((id, index) => {
        times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
    return times;
}

/** Where a script belongs: a package under node_modules, our packages, node internals or (program). */
export function ownerOf(url) {
    if (!url) {
        return '(native)';
    }
    const modules = url.lastIndexOf('node_modules/');
    if (modules >= 0) {
        const rest = url.slice(modules + 'node_modules/'.length).split('/');
        return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    }
    const ours = /packages\/([^/]+)\//.exec(url);
    if (ours) {
        return `@smart-plan/${ours[1]}`;
    }
    return url.startsWith('node:') ? 'node' : url;
}

function functionKey({ functionName, url, lineNumber }) {
    return `${functionName || '(anonymous)'}  ${url ? `${url.replace(/^.*\/(node_modules|packages)\//, '$1/')}:${lineNumber + 1}` : ''}`;
}

export function summarise(profile, top = 25) {
    const times = selfTimes(profile);
    const byId = new Map(profile.nodes.map(node => [node.id, node]));
    const parentOf = new Map();
    for (const node of profile.nodes) {
        for (const child of node.children ?? []) {
            parentOf.set(child, node.id);
        }
    }
    const self = new Map();
    const inclusive = new Map();
    const byOwner = new Map();
    let total = 0;
    for (const node of profile.nodes) {
        const ms = times.get(node.id) ?? 0;
        if (ms === 0) {
            continue;
        }
        total += ms;
        const key = functionKey(node.callFrame);
        self.set(key, (self.get(key) ?? 0) + ms);
        const owner = ownerOf(node.callFrame.url) || node.callFrame.functionName;
        byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
        // Each function on the stack gets the time once, however often it recurses.
        const onStack = new Set();
        for (let id = node.id; id !== undefined; id = parentOf.get(id)) {
            onStack.add(functionKey(byId.get(id).callFrame));
        }
        for (const name of onStack) {
            inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
        }
    }
    const sorted = map => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
    return { total, owners: sorted(byOwner), functions: sorted(self), inclusive: sorted(inclusive) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const [file, flag, count] = process.argv.slice(2);
    if (!file) {
        console.error('usage: node scripts/bench/profile-summary.mjs FILE.cpuprofile [--top N]');
        process.exit(2);
    }
    const { total, owners, functions, inclusive } = summarise(JSON.parse(readFileSync(file, 'utf8')), flag === '--top' ? Number(count) : 25);
    const line = ([name, ms]) => `${ms.toFixed(1).padStart(9)} ms ${(100 * ms / total).toFixed(1).padStart(5)}%  ${name}`;
    console.log(`total sampled: ${total.toFixed(1)} ms\n\nself time by owner:`);
    owners.forEach(entry => console.log(line(entry)));
    console.log('\nself time by function:');
    functions.forEach(entry => console.log(line(entry)));
    console.log('\ntotal time by function (itself and what it calls):');
    inclusive.forEach(entry => console.log(line(entry)));
}

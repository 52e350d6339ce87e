// Object.groupBy for Node 20: chevrotain 13 (under Langium) calls it, and Node ships it from 21 on.
// Imported first by every entry point that loads Langium, and passed to `node --import` for langium-cli.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        }
    });
}

// The per-folder cache of the configuration and baseline providers: a folder's value is
// read once, read again after invalidate() while the old one stays readable, reads of a
// folder under way are shared, and a read that an invalidate() overtook is dropped.
import { describe, expect, test } from 'vitest';
import { FolderCache } from '../../packages/language/src/config/folder-cache.js';

function deferred<T>() {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>(done => {
        resolve = done;
    });
    return { promise, resolve };
}

describe('FolderCache', () => {
    test('reads once, then again after invalidate(), the old value readable meanwhile', async () => {
        const cache = new FolderCache<string>();
        let reads = 0;
        await cache.prepare('/plans', async () => `read ${++reads}`);
        await cache.prepare('/plans', async () => `read ${++reads}`);
        expect(cache.get('/plans')).toBe('read 1');
        cache.invalidate();
        const next = deferred<string>();
        const preparing = cache.prepare('/plans', () => next.promise);
        expect(cache.get('/plans')).toBe('read 1');
        next.resolve('read 2');
        await preparing;
        expect(cache.get('/plans')).toBe('read 2');
    });

    test('shares a read under way, and drops one that an invalidate() overtook', async () => {
        const cache = new FolderCache<string>();
        const slow = deferred<string>();
        let reads = 0;
        const first = cache.prepare('/plans', () => {
            reads++;
            return slow.promise;
        });
        const second = cache.prepare('/plans', async () => `second ${++reads}`);
        cache.invalidate();
        const third = cache.prepare('/plans', async () => 'after the change');
        slow.resolve('before the change');
        await Promise.all([first, second, third]);
        expect(reads).toBe(1);
        expect(cache.get('/plans')).toBe('after the change');
        cache.clear();
        expect(cache.get('/plans')).toBeUndefined();
    });
});

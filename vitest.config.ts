// Test setup: tests import the language package from its sources, after the Node 20 polyfill.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    resolve: {
        alias: {
            '@smart-plan/language/polyfill': fileURLToPath(new URL('./packages/language/polyfill.js', import.meta.url)),
            '@smart-plan/language/protocol': fileURLToPath(new URL('./packages/language/src/protocol.ts', import.meta.url)),
            '@smart-plan/language/browser': fileURLToPath(new URL('./packages/language/src/browser.ts', import.meta.url)),
            '@smart-plan/language/common': fileURLToPath(new URL('./packages/language/src/common/index.ts', import.meta.url)),
            '@smart-plan/language': fileURLToPath(new URL('./packages/language/src/index.ts', import.meta.url))
        }
    },
    test: {
        include: ['test/**/*.test.ts'],
        setupFiles: ['./packages/language/polyfill.js'],
        testTimeout: 30_000,
        // A shared CI machine can be slow to render a page: a poll waits up to 10 s, not 1 s.
        expect: { poll: { timeout: 10_000 } },
        pool: 'forks'
    }
});

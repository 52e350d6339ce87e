// A tiny check recorder for the end-to-end run: each check is named, timed and reported
// on one line as it finishes; a failing check is recorded and the run goes on.
export function createChecks(log = console.log) {
    const results = [];
    let onFailure = async () => undefined;
    async function check(name, body) {
        const started = performance.now();
        const took = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
        try {
            const detail = await body();
            results.push({ name, ok: true });
            log(`  ✔ ${name}${detail ? `: ${detail}` : ''} (${took()})`);
            return true;
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            results.push({ name, ok: false, error: message });
            log(`  ✘ ${name}: ${message.split('\n').slice(0, 6).join('\n      ')} (${took()})`);
            await onFailure(results.length).catch(() => undefined);
            return false;
        }
    }
    return {
        check,
        /** Called with the failed check's number, e.g. to save a screenshot. */
        set onFailure(callback) {
            onFailure = callback;
        },
        /** Records a check that could not run (e.g. the set-up failed) as failed. */
        fail(name, error) {
            results.push({ name, ok: false, error: String(error) });
            log(`  ✘ ${name}: ${error instanceof Error ? error.message : String(error)}`);
        },
        get passed() {
            return results.filter(result => result.ok).length;
        },
        get failed() {
            return results.filter(result => !result.ok).length;
        }
    };
}

/** Throws with `message` unless `condition` holds. */
export function expect(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}

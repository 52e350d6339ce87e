/**
 * What the configuration and the baseline providers keep per folder: a value read
 * asynchronously (through the file system) once, and again after invalidate(). The value
 * read last stays readable synchronously until the next read has replaced it, and reads
 * of the same folder under way are shared.
 */
export class FolderCache<T> {
    private generation = 0;
    private readonly entries = new Map<string, { generation: number; value: T }>();
    /** Reads under way, by generation and key. */
    private readonly reading = new Map<string, Promise<void>>();

    /** The value read last for the key, if any. */
    get(key: string): T | undefined {
        return this.entries.get(key)?.value;
    }

    values(): T[] {
        return [...this.entries.values()].map(entry => entry.value);
    }

    /** The files may have changed: the next prepare() of each key reads again. */
    invalidate(): void {
        this.generation++;
    }

    /** Forgets every value (they no longer apply at all). */
    clear(): void {
        this.entries.clear();
        this.invalidate();
    }

    /** Reads the key's value unless it was read since the last invalidate(). */
    async prepare(key: string, read: () => Promise<T>): Promise<void> {
        const generation = this.generation;
        if (this.entries.get(key)?.generation === generation) {
            return;
        }
        const readKey = `${generation} ${key}`;
        let reading = this.reading.get(readKey);
        if (!reading) {
            reading = read().then(value => {
                if (generation === this.generation) {
                    this.entries.set(key, { generation, value });
                }
            }).finally(() => this.reading.delete(readKey));
            this.reading.set(readKey, reading);
        }
        await reading;
    }
}

/**
 * Answering between builds: a request that reads many plans (the language-model tools',
 * `smart/preview` of a plan not open) runs once the workspace is loaded and no build is
 * under way, under the workspace lock, so every plan it reads is linked and indexed;
 * builds wait for it meanwhile.
 */
import type { SmartServices } from '../smart-module.js';

export async function whenBuilt<T>(services: SmartServices, answer: () => Promise<T>): Promise<T> {
    await services.shared.workspace.WorkspaceManager.ready;
    return services.shared.workspace.WorkspaceLock.read(answer);
}

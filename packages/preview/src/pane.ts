/**
 * The preview pane's behaviour in the webview, over a VS Code webview API and a root
 * element (so a test page can drive it with stand-ins): validates each `view` message
 * with the schema, renders it keeping the scroll position, remembers it with `setState`
 * (restored on load), and turns a click on a declaration into a `reveal` message.
 * A view that fails validation shows one line of text; nothing here throws.
 */
import { PlanViewSchema } from '@smart-plan/language/protocol';
import { renderPlanBody } from './body.js';
import type { PaneToExtensionMessage } from './messages.js';

/** The part of `acquireVsCodeApi()` the pane uses. */
export interface WebviewApi {
    postMessage(message: PaneToExtensionMessage): void;
    getState(): unknown;
    setState(state: unknown): void;
}

interface PaneState {
    view: unknown;
}

export function startPane(api: WebviewApi, root: HTMLElement, page: Window): void {
    const show = (view: unknown): boolean => {
        const parsed = PlanViewSchema.safeParse(view);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const where = issue && issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
            const message = page.document.createElement('p');
            message.className = 'sp-error';
            message.textContent = `The preview cannot show this plan: its view model is not valid${where}.`;
            root.replaceChildren(message);
            return false;
        }
        const { scrollX, scrollY } = page;
        root.innerHTML = renderPlanBody(parsed.data);
        page.scrollTo(scrollX, scrollY);
        return true;
    };

    page.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: unknown; view?: unknown } | null;
        if (typeof data === 'object' && data !== null && data.type === 'view' && show(data.view)) {
            api.setState({ view: data.view } satisfies PaneState);
        }
    });

    root.addEventListener('click', event => {
        const target = (event.target as Element | null)?.closest?.('[data-line]');
        const line = Number(target?.getAttribute('data-line'));
        if (target && Number.isInteger(line) && line >= 0) {
            api.postMessage({ type: 'reveal', line });
        }
    });

    const saved = api.getState() as Partial<PaneState> | undefined;
    if (saved && typeof saved === 'object' && saved.view !== undefined) {
        show(saved.view);
    }
    api.postMessage({ type: 'ready' });
}

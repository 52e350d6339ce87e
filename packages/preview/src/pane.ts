/**
 * The preview pane's behaviour in the webview, over a VS Code webview API and a root
 * element (so a test page can drive it with stand-ins): validates each `view` message
 * with the schema, renders it (interactive: focusable declarations, Export and Print)
 * keeping the scroll position, remembers it with `setState` (restored on load), turns a
 * click on a declaration (or Enter on a focused one) into a `reveal` message, follows
 * in-page links, and keeps its scroll in step with the editor's (scroll-sync.ts): the
 * editor's `scroll` moves the pane, the user's scrolling posts `scrolled`, and a scroll
 * that lands where the pane put itself is not echoed back. A view that fails validation shows one line of
 * text; nothing here throws.
 */
import { PlanViewSchema } from '@smart-plan/language/protocol';
import { renderPlanBody } from './body.js';
import type { PaneToExtensionMessage } from './messages.js';
import { lineAtOffset, offsetForLine, type Block } from './scroll-sync.js';

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
    /** Where the pane last scrolled itself: a scroll event that lands there is its own, not the user's. */
    let ownScrollY: number | undefined;
    let scrollFrame: number | undefined;

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
        root.innerHTML = renderPlanBody(parsed.data, { interactive: true });
        scrollTo(scrollX, scrollY);
        return true;
    };

    const scrollTo = (x: number, y: number) => {
        page.scrollTo(x, y);
        ownScrollY = page.scrollY;
    };

    /** The declarations on the page, in page order, with their lines and page positions. */
    const blocks = (): Block[] => Array.from(root.querySelectorAll<HTMLElement>('[data-line]')).map(element => {
        const rect = element.getBoundingClientRect();
        return { line: Number(element.dataset.line), top: rect.top + page.scrollY, height: rect.height };
    }).filter(block => Number.isInteger(block.line));

    /** The declaration of a line: the latest declared at or before it. */
    const declarationOf = (line: number): HTMLElement | undefined => {
        let found: HTMLElement | undefined;
        let foundLine = -1;
        for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-line]'))) {
            const at = Number(element.dataset.line);
            if (at <= line && at > foundLine) {
                found = element;
                foundLine = at;
            }
        }
        return found;
    };

    const reveal = (target: Element | null | undefined) => {
        const line = Number(target?.getAttribute('data-line'));
        if (target && Number.isInteger(line) && line >= 0) {
            api.postMessage({ type: 'reveal', line });
        }
    };

    page.addEventListener('message', (event: MessageEvent) => {
        const data = event.data as { type?: unknown; view?: unknown; line?: unknown } | null;
        if (typeof data !== 'object' || data === null) {
            return;
        }
        if (data.type === 'view' && show(data.view)) {
            api.setState({ view: data.view } satisfies PaneState);
        } else if (data.type === 'scroll' && typeof data.line === 'number' && Number.isFinite(data.line)) {
            const offset = offsetForLine(blocks(), data.line);
            if (offset !== undefined) {
                scrollTo(page.scrollX, offset);
            }
        } else if (data.type === 'show' && typeof data.line === 'number') {
            const element = declarationOf(data.line);
            if (element) {
                element.scrollIntoView({ block: 'start' });
                ownScrollY = page.scrollY;
                element.classList.remove('sp-highlight');
                void element.offsetWidth; // restart the highlight's animation
                element.classList.add('sp-highlight');
                element.focus({ preventScroll: true });
            }
        }
    });

    page.addEventListener('scroll', () => {
        if (scrollFrame !== undefined) {
            return;
        }
        scrollFrame = page.requestAnimationFrame(() => {
            scrollFrame = undefined;
            if (ownScrollY !== undefined && Math.abs(page.scrollY - ownScrollY) < 2) {
                return; // where the pane put itself: not the user's scroll
            }
            ownScrollY = undefined;
            const line = lineAtOffset(blocks(), page.scrollY);
            if (line !== undefined) {
                api.postMessage({ type: 'scrolled', line });
            }
        });
    }, { passive: true });

    root.addEventListener('click', event => {
        const target = event.target as Element | null;
        const action = target?.closest?.('button[data-action]')?.getAttribute('data-action');
        if (action === 'export' || action === 'print') {
            api.postMessage({ type: action });
            return;
        }
        const link = target?.closest?.('a[href^="#"]');
        if (link) {
            // An in-page link: go to the element, do not reveal the declaration around the link.
            event.preventDefault();
            const destination = page.document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
            destination?.scrollIntoView({ block: 'start' });
            return;
        }
        reveal(target?.closest?.('[data-line]'));
    });

    root.addEventListener('keydown', event => {
        const target = event.target as HTMLElement | null;
        if ((event.key === 'Enter' || event.key === ' ') && target?.hasAttribute('data-line')) {
            event.preventDefault();
            reveal(target);
        }
    });

    const saved = api.getState() as Partial<PaneState> | undefined;
    if (saved && typeof saved === 'object' && saved.view !== undefined) {
        show(saved.view);
    }
    api.postMessage({ type: 'ready' });
}

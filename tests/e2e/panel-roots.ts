import type { CDPSession, Page } from 'puppeteer-core';

/**
 * The panels' shadow roots are closed: no page script can reach them, and neither can the tests'
 * page.evaluate. The tests reach them the way DevTools does, through the automation protocol the
 * browser is driven by — Chromium's DevTools protocol (DOM.describeNode with pierce) and Firefox's
 * WebDriver BiDi (serialising nodes with includeShadowTree: "all") — and hand each root to the
 * page's world as `host.testRoot`, for that page.evaluate only. What a page could see is unchanged.
 */
declare global {
  interface Element {
    /** Set by exposeRoots in the tests only: the panel's closed shadow root. */
    testRoot?: ShadowRoot;
  }
}

const HOSTS = '[data-oumail-help]';
const EXPOSE = 'function (root) { Object.defineProperty(this, "testRoot", { value: root, configurable: true }); }';

const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();

async function exposeInChromium(page: Page): Promise<void> {
  if (!cdpSessions.has(page)) cdpSessions.set(page, page.createCDPSession());
  const client = await cdpSessions.get(page)!;
  const { root } = await client.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: HOSTS });
  for (const nodeId of nodeIds) {
    const { node } = await client.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const [{ object: host }, { object: rootObject }] = await Promise.all([
      client.send('DOM.resolveNode', { nodeId }),
      client.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId }),
    ]);
    await client.send('Runtime.callFunctionOn', {
      objectId: host.objectId,
      functionDeclaration: EXPOSE,
      arguments: [{ objectId: rootObject.objectId }],
    });
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { result?: { value?: unknown } } }>;
}
interface BidiNode {
  type: 'node';
  sharedId: string;
  value?: { shadowRoot?: { sharedId: string } | null };
}

async function exposeInFirefox(page: Page): Promise<void> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  const found = await connection.send('script.callFunction', {
    functionDeclaration: `() => Array.from(document.querySelectorAll('${HOSTS}'))`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  const hosts = (found.result.result?.value ?? []) as BidiNode[];
  for (const host of hosts) {
    const shadow = host.value?.shadowRoot;
    if (!shadow) continue;
    await connection.send('script.callFunction', {
      functionDeclaration: EXPOSE,
      this: { sharedId: host.sharedId },
      arguments: [{ sharedId: shadow.sharedId }],
      target: { context },
      awaitPromise: false,
    });
  }
}

/** Gives every panel host on the page its `testRoot`, for the next page.evaluate. */
export async function exposeRoots(page: Page): Promise<void> {
  // (Puppeteer's Browser says which protocol drives it, though its types do not.)
  if ((page.browser() as unknown as { protocol?: string }).protocol === 'webDriverBiDi') await exposeInFirefox(page);
  else await exposeInChromium(page);
}

/** page.evaluate with every panel's root exposed first. */
export async function evaluateInPanels<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  await exposeRoots(page);
  return page.evaluate(fn as never, arg) as Promise<Awaited<R>>;
}

/** Polls `fn` (with every panel's root exposed) until it returns something truthy. */
export async function waitInPanels<A>(page: Page, fn: (arg: A) => unknown, arg: A, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await evaluateInPanels(page, fn, arg)) return;
    if (Date.now() > until) throw new Error(`waited ${timeout} ms in the panels for: ${fn.toString().slice(0, 160)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Clicks an element inside a panel as a user does (a trusted click at its place on screen): the
 * panels act on nothing else. `selector` is matched in the root, `text` (if given) narrows it down.
 */
export async function clickInPanel(page: Page, id: string, selector: string, text?: string, index = 0): Promise<void> {
  const box = await evaluateInPanels(
    page,
    ({ id, selector, text, index }) => {
      const root = document.querySelectorAll(`[data-oumail-help="${id}"]`)[index]?.testRoot;
      const el = Array.from(root?.querySelectorAll(selector) ?? []).find((e) => text === undefined || e.textContent?.trim() === text);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { id, selector, text, index },
  );
  if (!box) throw new Error(`no ${selector}${text ? ` "${text}"` : ''} in panel ${id} #${index}`);
  await page.mouse.click(box.x, box.y);
}

import type { CDPSession } from 'playwright-core';
import type { ExtensionSession } from './extension';

/**
 * The extension's toolbar popup, opened by `action.openPopup` (the click
 * handler, driven through the e2e click hook: lib/e2e/click-hook.ts).
 * Playwright doesn't list an action popup among the context's pages, so it
 * is reached over the browser's DevTools protocol: found among the
 * browser's targets, attached to, and evaluated in.
 */
export interface ActionPopup {
  /** The popup's DevTools target (each opening is a new one). */
  targetId: string;
  url: string;
  /** Evaluates `expression` (awaiting a promise) in the popup and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** A DevTools protocol answer from the popup (Runtime.evaluate's). */
interface Reply {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } };
  error?: { message: string };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** A browser-level DevTools session for `session`, one per launch. */
const browserSessions = new WeakMap<ExtensionSession, Promise<CDPSession>>();
function browserSession(session: ExtensionSession): Promise<CDPSession> {
  let cdp = browserSessions.get(session);
  if (!cdp) {
    const browser = session.context.browser();
    if (!browser) throw new Error('the extension session has no browser to reach its popup through');
    cdp = browser.newBrowserCDPSession();
    browserSessions.set(session, cdp);
  }
  return cdp;
}

/** The target ids of the extension's popup pages open now (to tell a new popup from an old one). */
export async function openPopupTargets(session: ExtensionSession): Promise<Set<string>> {
  const cdp = await browserSession(session);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const prefix = `chrome-extension://${session.extensionId}/popup.html`;
  return new Set(targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(prefix)).map((t) => t.targetId));
}

/** Waits for a popup page that is not among `before` and attaches to it. */
export async function waitForActionPopup(session: ExtensionSession, before: Set<string>, timeoutMs = 10_000): Promise<ActionPopup> {
  const cdp = await browserSession(session);
  const prefix = `chrome-extension://${session.extensionId}/popup.html`;
  const deadline = Date.now() + timeoutMs;
  let target: TargetInfo | undefined;
  while (!target) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(prefix) && !before.has(t.targetId));
    if (target) break;
    if (Date.now() > deadline) throw new Error('no toolbar popup opened');
    await new Promise((r) => setTimeout(r, 5));
  }
  const { targetId, url } = target;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id === undefined) return; // an event, not an answer
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  return {
    targetId,
    url,
    async evaluate<T>(expression: string): Promise<T> {
      const id = nextId++;
      const replied = new Promise<Reply>((r) => waiting.set(id, r));
      const message = { id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } };
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(message) });
      const reply = await replied;
      if (reply.error) throw new Error(reply.error.message);
      if (reply.result?.exceptionDetails) throw new Error(`in the popup: ${reply.result.exceptionDetails.text}`);
      return reply.result?.result?.value as T;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
  };
}

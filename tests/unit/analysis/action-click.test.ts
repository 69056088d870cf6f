// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createActionClick, popupPage, type ActionClickDeps, type ClickedTab } from '@/lib/analysis/action-click';

/**
 * Chrome's toolbar click (lib/analysis/action-click.ts) with a fake browser:
 * every call is logged in order, and `openPopup` answers from a script
 * (one entry per call: 'ok', a rejection, or a promise the test settles).
 */
type Answer = 'ok' | Error | Promise<void>;

function fakeBrowser(answers: Answer[] = ['ok'], overrides: Partial<ActionClickDeps> = {}) {
  const log: string[] = [];
  const deps: ActionClickDeps = {
    setPopup: async (tabId, page) => void log.push(`setPopup ${tabId} '${page}'`),
    openPopup: (windowId) => {
      log.push(`openPopup ${windowId}`);
      const answer = answers.shift() ?? 'ok';
      if (answer === 'ok') return Promise.resolve();
      return answer instanceof Error ? Promise.reject(answer) : answer;
    },
    focusWindow: async (windowId) => void log.push(`focus ${windowId}`),
    openWindow: async (page) => void log.push(`window ${page}`),
    analyze: (tabId, url) => void log.push(`analyze ${tabId} ${url}`),
    mark: (phase) => void log.push(`mark ${phase}`),
    ...overrides,
  };
  return { deps, log, action: createActionClick(deps) };
}

const TAB: ClickedTab = { id: 7, windowId: 3, url: 'https://example.com/privacy' };
const PAGE = popupPage(7);
/** Lets the handler's remaining promise steps run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a toolbar click', () => {
  test('asks for the popup first, starts the analysis at once, and clears the tab popup once it shows', async () => {
    const { action, log } = fakeBrowser();
    expect(await action.onClicked(TAB)).toBe('popup');
    await settle();
    expect(log).toEqual([
      'mark click',
      `setPopup 7 '${PAGE}'`,
      'analyze 7 https://example.com/privacy',
      'openPopup 3',
      `setPopup 7 ''`,
      'mark popup-shown',
    ]);
    expect(PAGE).toBe('popup.html?tabId=7');
  });

  test('the analysis starts before the popup has shown', async () => {
    let show!: () => void;
    const { action, log } = fakeBrowser([new Promise<void>((resolve) => (show = resolve))]);
    const outcome = action.onClicked(TAB);
    await settle();
    expect(log).toContain('analyze 7 https://example.com/privacy');
    expect(log).not.toContain('mark popup-shown');
    show();
    expect(await outcome).toBe('popup');
  });

  test('a page whose URL the worker may not see opens the popup without an analysis (the popup asks, and is told why)', async () => {
    const { action, log } = fakeBrowser();
    expect(await action.onClicked({ id: 7, windowId: 3 })).toBe('popup');
    expect(log.some((line) => line.startsWith('analyze'))).toBe(false);
  });

  test('without a tab there is nothing to read or open', async () => {
    const { action, log } = fakeBrowser();
    expect(await action.onClicked({ windowId: 3 })).toBe('nothing');
    expect(log).toEqual(['mark click']);
  });
});

describe('when the popup does not open', () => {
  const inactive = new Error('Cannot show popup for an inactive window.');
  test.each<[string, Answer[], string, string[]]>([
    ['refused once (the window was inactive): focus the window, set the popup again, open it again', [inactive, 'ok'], 'popup', ['openPopup 3', 'focus 3', `setPopup 7 '${PAGE}'`, 'openPopup 3']],
    ['refused twice (e.g. a browser before Chrome 127): the popup page opens in a window of its own', [inactive, inactive], 'window', ['openPopup 3', 'focus 3', `setPopup 7 '${PAGE}'`, 'openPopup 3', `window ${PAGE}`]],
  ])('%s', async (_name, answers, outcome, steps) => {
    const { action, log } = fakeBrowser(answers);
    expect(await action.onClicked(TAB)).toBe(outcome);
    await settle();
    const opened = log.indexOf('openPopup 3');
    expect(log.slice(opened, opened + steps.length)).toEqual(steps);
    // Whatever happened, the tab's popup is cleared afterwards: the next click comes back to the worker.
    expect(log.lastIndexOf(`setPopup 7 ''`)).toBeGreaterThan(log.lastIndexOf('openPopup 3'));
  });

  test('and the fallback window fails too: the click ends with nothing, and says so', async () => {
    const { action } = fakeBrowser([inactive, inactive], { openWindow: () => Promise.reject(new Error('no windows')) });
    expect(await action.onClicked(TAB)).toBe('nothing');
  });

  test('a window without a known id gets no focus retry, straight to the fallback window', async () => {
    const { action, log } = fakeBrowser([inactive]);
    expect(await action.onClicked({ id: 7, url: TAB.url })).toBe('window');
    expect(log.filter((line) => line.startsWith('openPopup'))).toEqual(['openPopup undefined']);
    expect(log).not.toContain('focus 3');
  });

  test('a popup that loaded (it asked for its analysis) and then closed before showing was dismissed: no retry, no window', async () => {
    let fail!: (error: Error) => void;
    const { action, log } = fakeBrowser([new Promise<void>((_resolve, reject) => (fail = reject))]);
    const outcome = action.onClicked(TAB);
    await settle();
    action.popupShown(7);
    fail(new Error('Failed to open popup.'));
    expect(await outcome).toBe('dismissed');
    expect(log.filter((line) => line.startsWith('focus') || line.startsWith('window'))).toEqual([]);
  });
});

describe('more than one click', () => {
  test('a second click while the popup is still opening opens nothing more, and joins the analysis', async () => {
    let show!: () => void;
    const { action, log } = fakeBrowser([new Promise<void>((resolve) => (show = resolve))]);
    const first = action.onClicked(TAB);
    const second = action.onClicked(TAB);
    show();
    expect(await Promise.all([first, second])).toEqual(['popup', 'popup']);
    expect(log.filter((line) => line.startsWith('openPopup'))).toHaveLength(1);
    // Both clicks hand the tab to the analysis; tab-analyses makes the second one a join (tested there).
    expect(log.filter((line) => line.startsWith('analyze'))).toHaveLength(2);
  });

  test('after the popup showed, the next click opens it again', async () => {
    const { action, log } = fakeBrowser(['ok', 'ok']);
    await action.onClicked(TAB);
    await action.onClicked(TAB);
    expect(log.filter((line) => line.startsWith('openPopup'))).toHaveLength(2);
  });

  test('clicks on two tabs open one popup each', async () => {
    const { action, log } = fakeBrowser(['ok', 'ok']);
    expect(await Promise.all([action.onClicked(TAB), action.onClicked({ ...TAB, id: 8 })])).toEqual(['popup', 'popup']);
    expect(log.filter((line) => line.startsWith('setPopup') && !line.endsWith("''"))).toEqual([`setPopup 7 '${PAGE}'`, `setPopup 8 '${popupPage(8)}'`]);
  });
});

describe('a popup asking for its analysis', () => {
  test('outside a click (the worker restarted mid-opening) clears whatever popup the tab was left with', async () => {
    const { action, log } = fakeBrowser();
    action.popupShown(7);
    await settle();
    expect(log).toEqual([`setPopup 7 ''`]);
  });

  test('during its opening leaves the popup set until the opening ends', async () => {
    let show!: () => void;
    const { action, log } = fakeBrowser([new Promise<void>((resolve) => (show = resolve))]);
    const outcome = action.onClicked(TAB);
    await settle();
    action.popupShown(7);
    await settle();
    expect(log).not.toContain(`setPopup 7 ''`);
    show();
    await outcome;
    await settle();
    expect(log).toContain(`setPopup 7 ''`);
  });
});

import { describe, expect, test } from 'vitest';
import { checkContentType, checkPageAccess, describeInjectionError, RESTRICTED_MESSAGES } from '@/lib/page-access';

const noFiles = { fileAccess: false };

describe('checkPageAccess', () => {
  test.each([
    'chrome://settings/',
    'chrome://version',
    'edge://settings',
    'about:blank',
    'view-source:https://example.com/privacy',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'devtools://devtools/bundled/inspector.html',
  ])('%s is a browser page', (url) => {
    expect(checkPageAccess(url, noFiles)).toEqual({
      readable: false,
      reason: 'browser-page',
      message: RESTRICTED_MESSAGES['browser-page'],
    });
  });

  test.each([
    'https://chromewebstore.google.com/detail/xyz',
    'https://chrome.google.com/webstore/detail/xyz',
    'https://addons.mozilla.org/en-US/firefox/addon/xyz/',
  ])('%s is an extension store', (url) => {
    expect(checkPageAccess(url, noFiles)).toMatchObject({ readable: false, reason: 'extension-store' });
  });

  test('chrome.google.com outside the store is fine', () => {
    expect(checkPageAccess('https://chrome.google.com/intl/en/privacy/', noFiles)).toEqual({ readable: true });
  });

  test.each(['https://example.com/legal/privacy.pdf', 'https://example.com/PRIVACY.PDF?download=1', 'file:///home/me/policy.pdf'])(
    '%s is a PDF',
    (url) => {
      expect(checkPageAccess(url, { fileAccess: true })).toMatchObject({ readable: false, reason: 'pdf' });
    },
  );

  test('file: needs file access', () => {
    expect(checkPageAccess('file:///home/me/policy.html', noFiles)).toMatchObject({ reason: 'file-access' });
    expect(checkPageAccess('file:///home/me/policy.html', { fileAccess: true })).toEqual({ readable: true });
  });

  test.each(['https://example.com/privacy', 'http://127.0.0.1:8080/policy.html', 'https://example.com/pdf-guide'])(
    '%s is readable',
    (url) => {
      expect(checkPageAccess(url, noFiles)).toEqual({ readable: true });
    },
  );

  test('ftp and garbage are refused', () => {
    expect(checkPageAccess('ftp://example.com/x', noFiles)).toMatchObject({ readable: false });
    expect(checkPageAccess('::::', noFiles)).toMatchObject({ readable: false });
  });

  test('every refusal is one sentence', () => {
    for (const message of Object.values(RESTRICTED_MESSAGES)) {
      expect(message).toMatch(/^[A-Z].*[.]$/);
      expect(message.split(/[.!?]\s/)).toHaveLength(1);
    }
  });
});

describe('pages only the browser can tell apart', () => {
  test('a PDF is recognised by its MIME type whatever its URL', () => {
    expect(checkContentType('application/pdf')).toEqual({ readable: false, reason: 'pdf', message: RESTRICTED_MESSAGES.pdf });
    expect(checkContentType('text/html')).toEqual({ readable: true });
    expect(checkContentType(undefined)).toEqual({ readable: true });
  });

  test('Firefox gets its own sentence for file pages, whatever the file-access setting says', () => {
    expect(checkPageAccess('file:///home/me/policy.html', { fileAccess: true, firefox: true })).toMatchObject({
      readable: false,
      reason: 'file-access-firefox',
    });
    expect(checkPageAccess('file:///home/me/policy.html', { fileAccess: true })).toEqual({ readable: true });
  });

  test.each(['https://support.mozilla.org/en-US/kb/x', 'https://accounts.firefox.com/settings'])(
    "Mozilla's protected site %s is refused like a store",
    (url) => {
      expect(checkPageAccess(url, { fileAccess: false })).toMatchObject({ readable: false, reason: 'extension-store' });
    },
  );

  test("Firefox's missing-host-permission error is a restricted page, not raw browser text", () => {
    expect(describeInjectionError(new Error('Missing host permission for the tab'))).toMatchObject({ kind: 'restricted' });
  });
});

describe('describeInjectionError', () => {
  test('chrome:// errors are restricted pages', () => {
    expect(describeInjectionError(new Error('Cannot access a chrome:// URL'))).toEqual({
      kind: 'restricted',
      message: RESTRICTED_MESSAGES['browser-page'],
    });
    expect(
      describeInjectionError(new Error('Cannot access contents of url "chrome://version/". Extension manifest must request permission to access this host.')),
    ).toEqual({ kind: 'restricted', message: RESTRICTED_MESSAGES['browser-page'] });
  });

  test('the web store error is an extension-store refusal', () => {
    expect(describeInjectionError(new Error('The extensions gallery cannot be scripted.'))).toEqual({
      kind: 'restricted',
      message: RESTRICTED_MESSAGES['extension-store'],
    });
  });

  test('a missing permission on an ordinary page asks for a click', () => {
    const result = describeInjectionError(
      new Error('Cannot access contents of url "https://example.com/privacy". Extension manifest must request permission to access this host.'),
    );
    expect(result.kind).toBe('restricted');
    expect(result.message).toMatch(/toolbar button/);
  });

  test('anything else is an error sentence quoting the cause', () => {
    expect(describeInjectionError(new Error('Something odd'))).toEqual({
      kind: 'error',
      message: "Couldn't read this page: Something odd.",
    });
    expect(describeInjectionError('plain string')).toEqual({ kind: 'error', message: "Couldn't read this page: plain string." });
  });
});

import { errorMessage } from '../errors/error-message';
import { checkPageAccess, RESTRICTED_MESSAGES } from './check-page-access';

/** What the popup should say when injecting or running the content script failed. */
export type InjectionFailure =
  | { kind: 'restricted'; message: string }
  | { kind: 'error'; message: string };

/**
 * Turns a `scripting.executeScript` rejection into one plain sentence.
 * The worker often can't see the tab's URL (no `tabs` permission), so the
 * browser's error text is the only place a restricted page shows up: Chromium
 * names the URL ("Cannot access a chrome:// URL", "Cannot access contents of
 * url \"chrome://version/\"") or the store ("The extensions gallery cannot be
 * scripted").
 */
export function describeInjectionError(error: unknown): InjectionFailure {
  const text = errorMessage(error);
  if (/extensions gallery cannot be scripted|webstore/i.test(text)) {
    return { kind: 'restricted', message: RESTRICTED_MESSAGES['extension-store'] };
  }
  // The URL Chromium quotes in its error, e.g. 'Cannot access contents of url "chrome://version/".'
  const named = /\b((?:[a-z][a-z0-9+.-]*:\/\/|about:|view-source:)[^\s"']+)/i.exec(text);
  if (/Cannot access (a|an) [a-z-]+:\/\/ URL/i.test(text)) {
    return { kind: 'restricted', message: RESTRICTED_MESSAGES['browser-page'] };
  }
  if (named?.[1]) {
    const access = checkPageAccess(named[1].replace(/[.,;]+$/, ''), { fileAccess: false });
    if (!access.readable) return { kind: 'restricted', message: access.message };
  }
  // Chromium: "must request permission"; Firefox, on pages it protects: "Missing host permission for the tab".
  if (/must request permission|Cannot access contents of|Missing host permission/i.test(text)) {
    return {
      kind: 'restricted',
      message: 'Policy Lens can read a page only after you click its toolbar button on that page.',
    };
  }
  if (/No tab with id/i.test(text)) {
    return { kind: 'error', message: "Couldn't read this page: the tab was closed." };
  }
  if (/Frame with ID 0 was removed|The tab was closed|showing error page/i.test(text)) {
    return { kind: 'error', message: "Couldn't read this page: it changed or closed while it was being read." };
  }
  return { kind: 'error', message: `Couldn't read this page: ${firstSentence(text)}` };
}

/** Keeps the popup message one short sentence even when the browser's error is long. */
function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ') || 'unknown error';
  const cut = trimmed.length > 160 ? `${trimmed.slice(0, 157)}…` : trimmed;
  return /[.!?…]$/.test(cut) ? cut : `${cut}.`;
}

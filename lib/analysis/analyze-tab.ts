import { extractedPageSchema, type Card, type ExtractedPage } from '../schema';
import { sha256Hex, type SummarizeOptions } from '../engine';
import { capCard, findByUrlAndHash, listVersions, saveCard, type PolicyLensDb } from '../storage';
import { errorMessage } from '../errors/error-message';
import { StorageError, storageSentence } from '../errors/storage-error';
import { checkContentType, checkPageAccess, describeInjectionError } from '../page-access';
import type { QuoteTarget } from '../page-access/highlight-quote';
import type { AnalyzeResult, AnalyzeTabRequest, CardResult, Truncation } from '../messages';
import { capPage } from './cap-page';
import { normalizeUrl } from './normalize-url';
import { looksLikePolicy } from './policy-threshold';
import { pageLanguage } from './page-language';
import { isCookieBannerCard } from './cookie-banner';
import { z } from 'zod';

const httpUrl = z.string().regex(/^https?:\/\//).max(2048);

/**
 * What the extractor adds beside the page: its link to the site's privacy
 * policy, and its links for acting on rights (opt-out pages, request forms).
 * Checked apart from the page, so a malformed extra never costs the card.
 */
const pageExtrasSchema = z.object({
  privacyLink: httpUrl.optional(),
  actionLinks: z.array(z.object({ label: z.string().min(1).max(120), url: httpUrl })).max(8).optional(),
});

/** Everything `analyzeTab` needs from the outside world; the worker passes the real ones, tests fakes. */
export interface AnalyzeTabDeps {
  db: PolicyLensDb;
  /** The tab's URL when the browser shows it to us (activeTab or a host permission), else undefined. */
  getTabUrl(tabId: number): Promise<string | undefined>;
  /** Whether the person allowed file: URLs for this extension. */
  isFileAccessAllowed(): Promise<boolean>;
  /** Firefox refuses file: pages whatever the setting, so it gets its own sentence. */
  firefox?: boolean;
  /** Injects the content script and resolves with what its main() returned (unvalidated). */
  extract(tabId: number): Promise<unknown>;
  /** The engine; the background's runs in slices (`summarizeAsync`) so one tab's analysis never blocks another's. */
  summarize(page: ExtractedPage, options: SummarizeOptions): Card | Promise<Card>;
  engineVersion: string;
  /** ISO date-time; injected so tests can pin it. */
  now(): string;
  /** Optional: readies the engine (compiles rules, warms the JIT); called while the page extracts. */
  warmUp?(): void;
  /** "Show on page": runs `highlightQuote` in the tab and resolves with its (unvalidated) answer. */
  highlight?(tabId: number, target: QuoteTarget): Promise<unknown>;
  /** Optional: notes that a phase of the path ended (test builds time them, see lib/e2e/perf-mark.ts). */
  mark?(phase: string): void;
  /**
   * Optional, per request: receives a new card the moment it exists, just
   * before it is saved, as the popup will show it (the saved form, the
   * library's id). The worker answers the popup with it, so the card never
   * waits for the write; `analyzeTab` still resolves with the final result.
   */
  onCard?(result: CardResult): void;
}

/**
 * The whole click → card path, run in the service worker:
 * check the URL → inject + extract → validate → (stored card for this exact
 * text and engine? return it untouched) → summarize → save in one
 * transaction. Never throws: every failure is a result with a sentence.
 */
export async function analyzeTab(request: AnalyzeTabRequest, deps: AnalyzeTabDeps): Promise<AnalyzeResult> {
  // Both questions go to the browser at once: one round trip instead of two before the page is read.
  const fileAccessAnswer = deps.isFileAccessAllowed().catch(() => false);
  let tabUrl: string | undefined;
  try {
    tabUrl = await deps.getTabUrl(request.tabId);
  } catch {
    return { kind: 'error', message: "Couldn't read this page: the tab was closed." };
  }
  const fileAccess = await fileAccessAnswer;
  const accessOptions = { fileAccess, firefox: deps.firefox };
  if (tabUrl !== undefined) {
    const access = checkPageAccess(tabUrl, accessOptions);
    if (!access.readable) return { kind: 'restricted', message: access.message };
  }

  let raw: unknown;
  try {
    // The page extracts in its own process; warming the engine meanwhile costs
    // the popup nothing, where warming it afterwards would add ~250 ms cold.
    deps.mark?.('extract-start');
    const extraction = deps.extract(request.tabId);
    deps.warmUp?.();
    raw = await extraction;
    deps.mark?.('extract-done');
  } catch (error) {
    return describeInjectionError(error);
  }
  const parsed = extractedPageSchema.safeParse(raw);
  if (!parsed.success) {
    return { kind: 'error', message: "Couldn't read this page: the extracted text was not in the expected form." };
  }
  const url = normalizeUrl(parsed.data.url);
  // The tab URL may have been hidden from us; the page's own URL is known now.
  const access = checkPageAccess(url, accessOptions);
  if (!access.readable) return { kind: 'restricted', message: access.message };
  const viewer = checkContentType(parsed.data.contentType);
  if (!viewer.readable) return { kind: 'restricted', message: viewer.message };
  const extras = pageExtrasSchema.safeParse(raw);
  const privacyLink = extras.success && extras.data.privacyLink !== normalizeUrl(url) ? extras.data.privacyLink : undefined;
  const link = privacyLink ? { privacyLink } : {};
  const actionLinks = extras.success && extras.data.actionLinks?.length ? { actionLinks: extras.data.actionLinks } : {};
  if (parsed.data.text.trim() === '') return { kind: 'empty', ...link };
  // A policy in another language would read as silent on everything: say so and save nothing.
  const language = pageLanguage(parsed.data.text, parsed.data.lang);
  if (!language.english) return { kind: 'other-language', language: language.name };

  const { page, truncated } = capPage({ ...parsed.data, url });
  deps.mark?.('checked');
  try {
    const textHash = sha256Hex(page.text);
    const stored = await findByUrlAndHash(deps.db, url, textHash);
    deps.mark?.('looked-up');
    if (stored && stored.engineVersion === deps.engineVersion) {
      return withOptional({ kind: 'card', card: stored, origin: 'saved', ...actionLinks }, await previousVersionAt(deps.db, stored), truncated);
    }

    const card = await deps.summarize(page, { analyzedAt: deps.now() });
    deps.mark?.('summarized');
    // A card the person already kept (e.g. with "Analyse anyway") stays kept after an engine upgrade.
    if (!request.force && !stored) {
      if (isCookieBannerCard(page.text, card.findings)) return withOptional({ kind: 'not-policy', card, reason: 'cookie-banner', ...link }, undefined, truncated);
      if (!looksLikePolicy(card)) return withOptional({ kind: 'not-policy', card, ...link }, undefined, truncated);
    }

    // What saveCard will store: the capped card, under the id of the copy it replaces (an older engine's).
    const shown: Card = { ...capCard(card).card, ...(stored ? { id: stored.id } : {}) };
    const previous = await previousVersionAt(deps.db, shown);
    deps.onCard?.(withOptional({ kind: 'card', card: shown, origin: 'analyzed', ...actionLinks }, previous, truncated));
    const saved = await saveCard(deps.db, card);
    deps.mark?.('saved');
    if (saved.outcome === 'unchanged') {
      // Another analysis saved this very text meanwhile: its card is the one kept.
      return withOptional({ kind: 'card', card: saved.card, origin: 'saved', ...actionLinks }, await previousVersionAt(deps.db, saved.card), truncated);
    }
    return withOptional({ kind: 'card', card: saved.card, origin: 'analyzed', ...actionLinks }, previous, truncated);
  } catch (error) {
    // A failed save (a full disk) is said in plain words: the popup never shows a DOMException name.
    if (error instanceof StorageError) return { kind: 'error', message: storageSentence(error, 'the card could not be saved') };
    return { kind: 'error', message: `Couldn't analyse this page: ${errorMessage(error)}` };
  }
}

/**
 * When the newest earlier version of this URL (other text, analysed before
 * this card) was analysed: the popup's "Policy changed since <date>".
 */
async function previousVersionAt(db: PolicyLensDb, card: Card): Promise<string | undefined> {
  const versions = await listVersions(db, card.source.url);
  return versions.find((v) => v.source.textHash !== card.source.textHash && v.analyzedAt < card.analyzedAt)
    ?.analyzedAt;
}

// Optional keys are left out rather than set to undefined, so results stay minimal and schema-clean.
function withOptional<R extends object>(result: R, previous: string | undefined, truncated: Truncation | undefined): R {
  return {
    ...result,
    ...(previous !== undefined ? { previousVersionAt: previous } : {}),
    ...(truncated ? { truncated } : {}),
  };
}

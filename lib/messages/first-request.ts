import type { AnalyzeTabRequest } from './requests';

/**
 * The popup's own analysis request, built without zod: the popup's first,
 * tiny script sends it the moment the popup opens, so the worker injects,
 * extracts and analyses while React, zod and the card components are still
 * loading (they took ~60–200 ms here before the request could leave). Only
 * a tab id `analyzeTabRequestSchema` accepts is sent; the worker validates
 * the message again like any other. Undefined when there is no such tab id:
 * the UI then says so itself.
 */
export function firstAnalyzeRequest(tabId: number | undefined): AnalyzeTabRequest | undefined {
  if (tabId === undefined || !Number.isSafeInteger(tabId) || tabId < 0) return undefined;
  return { type: 'analyze-tab', tabId };
}

/**
 * Holds an answer that is already on its way until the UI takes it, once:
 * the popup's first analysis uses the early request, and any later one
 * ("Analyse anyway", a remount) sends its own.
 */
export function takeOnce<T>(value: T | undefined): () => T | undefined {
  let held = value;
  return () => {
    const taken = held;
    held = undefined;
    return taken;
  };
}

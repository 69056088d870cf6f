import type { Pace } from '../engine/summarize-async';

/**
 * How long an analysis runs before it lets the background's event loop take
 * another message (another tab's analysis, a "Show on page"). Short enough
 * that a second request waits at most this long per slice; long enough that
 * the yields cost nothing measurable (one yield is a few microseconds).
 */
export const SLICE_MS = 8;

/**
 * A yield with no timer clamp: a message to ourselves on a MessageChannel
 * runs as a new task, after the tasks already queued (an incoming
 * `runtime.onMessage` among them). `setTimeout(0)` would do the same but is
 * clamped to 4 ms once nested, which over hundreds of slices adds up.
 */
export function messageChannelYield(): () => Promise<void> {
  if (typeof MessageChannel !== 'function') return () => new Promise((resolve) => setTimeout(resolve, 0));
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

/**
 * The background's pace for `summarizeAsync`: yield once a slice has run
 * `sliceMs`, measured with `clock` (performance.now in the extension).
 */
export function slicedPace(yieldNow: () => Promise<void>, clock: () => number, sliceMs = SLICE_MS): Pace {
  let sliceStart = clock();
  return {
    due: () => clock() - sliceStart >= sliceMs,
    yieldNow: async () => {
      await yieldNow();
      sliceStart = clock();
    },
  };
}

/**
 * Pages up to this many characters are analysed in one piece: their whole
 * run is short (a 10,000-word policy is ~70k characters, a few hundred ms),
 * so it blocks nothing for long, and the popup's warm click → card path stays
 * exactly as it was. Longer pages, whose analysis takes seconds, run in
 * slices (in Chromium the sliced run of a 1.5 M-character page measured
 * slower than the one-piece run on this loaded box, so slicing is kept to
 * where it matters).
 */
export const SLICE_FROM_CHARS = 100_000;

/** Whether a page's analysis runs in slices (`summarizeAsync`) rather than in one piece. */
export function runsInSlices(textLength: number): boolean {
  return textLength > SLICE_FROM_CHARS;
}

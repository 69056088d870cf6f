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

// Zod must be told not to compile before any schema is built: this import comes first.
import '../../lib/messages/zod-jitless';
import { checkCards, type CheckRequest } from '../../lib/library/card-check';

/** Validates one run of cards for the library page (export and import), off the main thread. */
self.onmessage = (event: MessageEvent<{ id: number; request: CheckRequest }>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, result: checkCards(request) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};

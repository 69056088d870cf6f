import { browser } from 'wxt/browser';
import type { WakeRequest } from '@/lib/messages/requests';
import { perfMark } from '@/lib/e2e/perf-mark';

perfMark('popup-main');

// The popup's first code, deliberately tiny (no zod, no React; the type
// import is erased): it wakes a sleeping service worker so the worker starts
// up while the UI below is still loading, then loads the UI. The worker
// validates this message like any other; the answer is ignored, and a
// failure here only costs speed.
const wake: WakeRequest = { type: 'wake' };
browser.runtime.sendMessage(wake).catch(() => {});

void import('./mount');

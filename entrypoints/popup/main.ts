import { perfMark } from '@/lib/e2e/perf-mark';
import './first-answer';

perfMark('popup-main');

// The popup's first code, deliberately tiny (no zod, no React): importing
// first-answer sends the analysis request at once (which also wakes a
// sleeping service worker), so the worker reads and analyses the page while
// the UI below is still loading.
void import('./mount');

/**
 * The service-worker global under which a test build exposes the toolbar
 * click handler (lib/e2e/click-hook.ts). Apart from the hook so tests can
 * import it without the browser.
 */
export const E2E_CLICK_HOOK = '__policyLensE2eClick';

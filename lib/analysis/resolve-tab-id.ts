/**
 * Which tab the popup analyses: `?tabId=N` when given (browser tests open
 * the popup as a page), else the active tab of the current window (the tab
 * whose toolbar icon was clicked). Undefined when neither is known.
 */
export async function resolveTabId(
  search: string,
  activeTabId: () => Promise<number | undefined>,
): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param.trim());
    return /^\d{1,15}$/.test(param.trim()) && Number.isSafeInteger(id) ? id : undefined;
  }
  return activeTabId();
}

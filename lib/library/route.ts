/** Most cards the compare matrix shows side by side. */
export const MAX_COMPARE = 6;
/** Fewest cards that make a comparison. */
export const MIN_COMPARE = 2;

/**
 * Where the library page is, kept in the URL so a reload (or a bookmark)
 * comes back to the same comparison or card:
 * `library.html`, `library.html?compare=id1,id2`, `library.html?card=id`.
 */
export type Route = { view: 'list' } | { view: 'compare'; ids: string[] } | { view: 'card'; id: string };

/** Reads a route from a query string; anything unusable is the list. */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  // Split before decoding: an id may itself contain an encoded comma.
  const rawCompare = /(?:^|[?&])compare=([^&]*)/.exec(search)?.[1];
  if (rawCompare !== undefined) {
    const ids = [...new Set(rawCompare.split(',').map(safeDecode).filter(Boolean))].slice(0, MAX_COMPARE);
    if (ids.length > 0) return { view: 'compare', ids };
  }
  const card = params.get('card');
  if (card) return { view: 'card', id: card };
  return { view: 'list' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** The query string of a route ("" for the list). Ids are URL-encoded, commas kept as separators. */
export function routeSearch(route: Route): string {
  switch (route.view) {
    case 'list':
      return '';
    case 'compare':
      return `?compare=${route.ids.map(encodeURIComponent).join(',')}`;
    case 'card':
      return `?card=${encodeURIComponent(route.id)}`;
  }
}

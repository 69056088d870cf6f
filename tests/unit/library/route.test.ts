import { expect, test } from 'vitest';
import { parseRoute, routeSearch, type Route } from '../../../lib/library/route';

test('routes survive a round trip through the query string, odd ids included', () => {
  const routes: Route[] = [
    { view: 'list' },
    { view: 'compare', ids: ['https://a.example/privacy#h1', 'b,c', 'ü'] },
    { view: 'card', id: 'x&y=z' },
  ];
  for (const r of routes) expect(parseRoute(routeSearch(r))).toEqual(r);
});

test('caps a comparison at six and drops repeats; junk is the list', () => {
  expect(parseRoute('?compare=a,b,a,c,d,e,f,g')).toEqual({ view: 'compare', ids: ['a', 'b', 'c', 'd', 'e', 'f'] });
  expect(parseRoute('?compare=')).toEqual({ view: 'list' });
  expect(parseRoute('?foo=1')).toEqual({ view: 'list' });
});

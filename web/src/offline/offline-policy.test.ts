import { describe, expect, it } from 'vitest';
import {
  cacheNamesFor,
  maximumPrecachedFiles,
  precacheList,
  staleCaches,
  strategyFor,
} from './offline-policy';

const origin = 'https://tryggve.example.se';
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: `${origin}${path}`, mode });

describe('what the service worker does with a request', () => {
  it('serves pages network first with the cached shell as fallback, but never an API document', () => {
    expect(strategyFor(get('/rapportera', 'navigate'), origin)).toBe('page');
    expect(strategyFor(get('/lagesbild?vecka=2026-W50', 'navigate'), origin)).toBe('page');
    expect(strategyFor(get('/api/docs', 'navigate'), origin)).toBe('network');
  });

  it('keeps hashed files and the reporting form’s data, and nothing else of the API', () => {
    expect(strategyFor(get('/assets/index-AbC123.js'), origin)).toBe('asset');
    expect(strategyFor(get('/api/session'), origin)).toBe('data');
    expect(strategyFor(get('/api/districts'), origin)).toBe('data');
    expect(strategyFor(get('/api/incidents'), origin)).toBe('network');
    expect(strategyFor(get('/api/taxonomy?lang=en'), origin)).toBe('network');
  });

  it('never caches a write, and clears the kept answers when the person signs out', () => {
    expect(
      strategyFor({ method: 'POST', url: `${origin}/api/reports`, mode: 'cors' }, origin),
    ).toBe('network');
    expect(
      strategyFor({ method: 'DELETE', url: `${origin}/api/session`, mode: 'cors' }, origin),
    ).toBe('sign-out');
  });

  it('leaves other origins (map tiles) to the network', () => {
    expect(
      strategyFor(
        { method: 'GET', url: 'https://tiles.example.se/1/2/3.png', mode: 'cors' },
        origin,
      ),
    ).toBe('network');
  });
});

describe('the caches of a build', () => {
  it('removes the caches of earlier builds and keeps those of this one and of other apps', () => {
    const current = cacheNamesFor('b2');
    expect(
      staleCaches(
        ['tryggve-files-b1', 'tryggve-data-b1', current.files, current.data, 'other'],
        'b2',
      ),
    ).toEqual(['tryggve-files-b1', 'tryggve-data-b1']);
  });

  it('precaches same-origin paths once each, and a bounded number of them', () => {
    expect(precacheList(['/a.js', '/a.js', '//evil.example/x.js', 'https://x.se/y.js'])).toEqual([
      '/a.js',
    ]);
    const many = Array.from({ length: maximumPrecachedFiles + 50 }, (_, index) => `/f${index}.js`);
    expect(precacheList(many)).toHaveLength(maximumPrecachedFiles);
  });
});

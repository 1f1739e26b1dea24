import { describe, expect, it } from 'vitest';
import { findSelectedKey } from './nav-selection.js';

const items = [
  { key: 'home', path: '/' },
  { key: 'library', path: '/learning' },
  { key: 'library-upload', path: '/learning/upload' },
  { key: 'reports', path: '/reports', activeOn: ['/learning/resources/:id/statistics'] },
];

describe('menu selection', () => {
  it('selects the item whose path is the longest prefix of the current path', () => {
    expect(findSelectedKey(items, '/')).toBe('home');
    expect(findSelectedKey(items, '/learning/resources/r1')).toBe('library');
    expect(findSelectedKey(items, '/learning/upload')).toBe('library-upload');
    expect(findSelectedKey(items, '/learning/uploads')).toBe('library');
    expect(findSelectedKey(items, '/elsewhere')).toBeUndefined();
  });

  it('lets an item claim a page under another item’s path by route pattern, that page only', () => {
    expect(findSelectedKey(items, '/learning/resources/r1/statistics')).toBe('reports');
    expect(findSelectedKey(items, '/learning/resources/r1/statistics/2026')).toBe('library');
    expect(findSelectedKey(items, '/reports')).toBe('reports');
  });
});

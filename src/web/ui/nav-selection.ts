import { matchPath } from 'react-router';
import type { NavItem } from '../app/web-module.js';

type Selectable = Pick<NavItem, 'key' | 'path' | 'activeOn'>;

/**
 * The menu item for the current path: the first whose `activeOn` route patterns match it (a page
 * that belongs to another item than its path suggests), else the item whose path is the longest
 * prefix of it.
 */
export function findSelectedKey(items: readonly Selectable[], pathname: string): string | undefined {
  const claimed = items.find((item) => item.activeOn?.some((pattern) => matchPath(pattern, pathname) !== null));
  if (claimed) return claimed.key;
  let best: Selectable | undefined;
  for (const item of items) {
    const isMatch = item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (isMatch && (!best || item.path.length > best.path.length)) best = item;
  }
  return best?.key;
}

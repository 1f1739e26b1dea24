import { useCallback, useSyncExternalStore } from 'react';
import { readCompareIds, toggleCompare } from './figure-display.js';

const STORAGE_KEY = 'luban.public.compare';
const listeners = new Set<() => void>();
let cached: { raw: string | null; ids: string[] } = { raw: null, ids: [] };

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function snapshot(): string[] {
  const raw = readRaw();
  if (raw !== cached.raw) cached = { raw, ids: readCompareIds(raw) };
  return cached.ids;
}

function write(ids: readonly string[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, ids.join(','));
  } catch {
    // Storage disabled: the list lasts for this page only.
    cached = { raw: ids.join(','), ids: [...ids] };
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The offerings picked for comparison (at most four), kept on this device and shared between tabs. */
export function useCompareList() {
  const ids = useSyncExternalStore(subscribe, snapshot, () => []);
  const toggle = useCallback((id: string) => write(toggleCompare(snapshot(), id)), []);
  const clear = useCallback(() => write([]), []);
  const replace = useCallback((next: readonly string[]) => write(next), []);
  return { ids, toggle, clear, replace };
}

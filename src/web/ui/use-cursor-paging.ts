import { useCallback, useState } from 'react';

export type CursorPaging = {
  /** The cursor to send for the current page (`undefined` on the first page). */
  cursor: string | undefined;
  /** 1-based page number, for display. */
  page: number;
  hasPrevious: boolean;
  goNext: (nextCursor: string) => void;
  goPrevious: () => void;
  goFirst: () => void;
};

/**
 * Cursor paging keeps the cursors of the pages already seen, so "previous"
 * works without the server supporting backwards cursors. Changing `resetKey`
 * (typically the serialized filters) starts again at the first page.
 */
export function useCursorPaging(resetKey: string): CursorPaging {
  const [state, setState] = useState<{ key: string; stack: ReadonlyArray<string> }>({ key: resetKey, stack: [] });
  const stack = state.key === resetKey ? state.stack : [];

  if (state.key !== resetKey) {
    setState({ key: resetKey, stack: [] });
  }

  const goNext = useCallback(
    (nextCursor: string) => setState((prev) => ({ key: resetKey, stack: [...(prev.key === resetKey ? prev.stack : []), nextCursor] })),
    [resetKey],
  );
  const goPrevious = useCallback(
    () => setState((prev) => ({ key: resetKey, stack: (prev.key === resetKey ? prev.stack : []).slice(0, -1) })),
    [resetKey],
  );
  const goFirst = useCallback(() => setState({ key: resetKey, stack: [] }), [resetKey]);

  return {
    cursor: stack.at(-1),
    page: stack.length + 1,
    hasPrevious: stack.length > 0,
    goNext,
    goPrevious,
    goFirst,
  };
}

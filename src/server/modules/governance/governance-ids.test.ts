import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newTimeOrderedId } from './governance-ids.js';

describe('time-ordered ids', () => {
  it('are UUIDs (version 7) that sort in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newTimeOrderedId());
    expect(ids.every((id) => z.uuid().safeParse(id).success && id[14] === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

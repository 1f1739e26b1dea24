import { describe, expect, it } from 'vitest';
import { checkIsbn } from './isbn.js';

describe('ISBN', () => {
  it('accepts a valid ISBN-13 with hyphens and stores the digits', () => {
    expect(checkIsbn('978-7-04-050000-9')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkIsbn('978-0-306-40615-7')).toEqual({ ok: true, isbn13: '9780306406157' });
  });

  it('converts a valid ISBN-10 (check digit X included) to ISBN-13', () => {
    expect(checkIsbn('0-306-40615-2')).toEqual({ ok: true, isbn13: '9780306406157' });
    expect(checkIsbn('0-8044-2957-X')).toEqual({ ok: true, isbn13: '9780804429573' });
  });

  it('names why an ISBN is refused', () => {
    expect(checkIsbn('978030640615')).toEqual({ ok: false, reason: 'length' });
    expect(checkIsbn('97803064061X7')).toEqual({ ok: false, reason: 'characters' });
    expect(checkIsbn('0-306-40615-3')).toEqual({ ok: false, reason: 'checksum' });
  });
});

import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './read-file-base64.js';

describe('bytesToBase64', () => {
  it('matches Node for text and for binary longer than one chunk', () => {
    const text = new TextEncoder().encode('层次,专业代码\n高职专科,510201');
    expect(bytesToBase64(text)).toBe(Buffer.from(text).toString('base64'));
    const binary = Uint8Array.from({ length: 0x8000 * 2 + 17 }, (_value, index) => (index * 31) % 256);
    expect(bytesToBase64(binary)).toBe(Buffer.from(binary).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

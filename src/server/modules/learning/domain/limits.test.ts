import { describe, expect, it } from 'vitest';
import { formatBytes, previewKindOf, sizeLimits } from './limits.js';

describe('size limits', () => {
  it('names limits in readable units', () => {
    expect(formatBytes(sizeLimits.image)).toBe('20 MB');
    expect(formatBytes(sizeLimits.video)).toBe('2 GB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(12)).toBe('12 B');
  });

  it('gives video more room than images', () => {
    expect(sizeLimits.video).toBeGreaterThan(sizeLimits.image);
  });

  it('previews only formats the browser shows safely; HTML only as a sandboxed H5 page', () => {
    expect(previewKindOf('application/pdf')).toBe('pdf');
    expect(previewKindOf('video/webm')).toBe('video');
    expect(previewKindOf('text/html')).toBe('h5');
    expect(previewKindOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('download');
  });
});

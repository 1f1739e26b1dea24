import { describe, expect, it } from 'vitest';
import { checkContent, isMimeAllowed, sniffFormat } from './sniff.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const pe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const mp4 = Uint8Array.from([0, 0, 0, 0x20, ...bytes('ftypisom')]);

describe('content sniffing', () => {
  it('recognises formats from their bytes', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(png)).toBe('png');
    expect(sniffFormat(mp4)).toBe('mp4');
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBe('zip');
    expect(sniffFormat(bytes('{"items": []}'))).toBe('json');
    expect(sniffFormat(bytes('plain words'))).toBe('text');
    expect(sniffFormat(new Uint8Array())).toBe('unknown');
  });

  it('recognises executables and scripts whatever the name says', () => {
    expect(sniffFormat(pe)).toBe('executable');
    expect(sniffFormat(elf)).toBe('executable');
    expect(sniffFormat(bytes('#!/bin/sh\nrm -rf /'))).toBe('executable');
  });

  it('treats markup with scripts as HTML even after leading text', () => {
    expect(sniffFormat(bytes('\uFEFF  <!DOCTYPE html><p>hi'))).toBe('html');
    expect(sniffFormat(bytes('<svg onload="alert(1)">'))).toBe('html');
    expect(sniffFormat(bytes('notes first <script>alert(1)</script>'))).toBe('html');
  });

  it('refuses a renamed executable posing as a PDF', () => {
    expect(checkContent('document', 'application/pdf', pe)).toEqual({ ok: false, code: 'UPLOAD_EXECUTABLE_REFUSED', format: 'executable' });
  });

  it('refuses HTML posing as a PDF and a PNG posing as a video', () => {
    expect(checkContent('document', 'application/pdf', bytes('<html><script>steal()</script>'))).toEqual({ ok: false, code: 'UPLOAD_CONTENT_MISMATCH', format: 'html' });
    expect(checkContent('video', 'video/mp4', png)).toMatchObject({ ok: false, code: 'UPLOAD_CONTENT_MISMATCH' });
  });

  it('refuses a type the resource type does not hold, and SVG images', () => {
    expect(checkContent('image', 'application/pdf', bytes('%PDF-1.4'))).toMatchObject({ ok: false, code: 'UPLOAD_TYPE_NOT_ALLOWED' });
    expect(isMimeAllowed('image', 'image/svg+xml')).toBe(false);
    expect(isMimeAllowed('document', 'APPLICATION/PDF')).toBe(true);
  });

  it('accepts matching content', () => {
    expect(checkContent('document', 'application/pdf', bytes('%PDF-1.7'))).toEqual({ ok: true, format: 'pdf' });
    expect(checkContent('h5', 'text/html', bytes('<!doctype html><title>x</title>'))).toEqual({ ok: true, format: 'html' });
    expect(checkContent('video', 'video/mp4', mp4)).toEqual({ ok: true, format: 'mp4' });
  });
});

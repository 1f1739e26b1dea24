import { describe, expect, it } from 'vitest';
import { checkPostedJson, checkPreconditions, etagOf, mergeDocument, type DocumentRecord } from './documents.js';

const stored = (content: string, contentType = 'application/json'): DocumentRecord => {
  const buffer = Buffer.from(content);
  return { content: buffer, contentType, etag: etagOf(buffer), updated: new Date() };
};

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('document concurrency (Communication 3.1 / 4.1.4)', () => {
  const existing = stored('{"a":1}');
  const none = { ifMatch: undefined, ifNoneMatch: undefined };

  it('uses the SHA-1 of the content as ETag', () => {
    expect(etagOf(Buffer.from('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });

  it('honours If-Match with the current ETag, quoted, weak or *', () => {
    expect(code(() => checkPreconditions(existing, { ...none, ifMatch: `"${existing.etag}"` }, true))).toBe('ok');
    expect(code(() => checkPreconditions(existing, { ...none, ifMatch: `W/"${existing.etag}"` }, true))).toBe('ok');
    expect(code(() => checkPreconditions(existing, { ...none, ifMatch: '*' }, true))).toBe('ok');
    expect(code(() => checkPreconditions(existing, { ...none, ifMatch: '"other"' }, true))).toBe('LRS_PRECONDITION_FAILED');
    expect(code(() => checkPreconditions(undefined, { ...none, ifMatch: '*' }, true))).toBe('LRS_PRECONDITION_FAILED');
  });

  it('honours If-None-Match: *', () => {
    expect(code(() => checkPreconditions(undefined, { ...none, ifNoneMatch: '*' }, true))).toBe('ok');
    expect(code(() => checkPreconditions(existing, { ...none, ifNoneMatch: '*' }, true))).toBe('LRS_PRECONDITION_FAILED');
  });

  it('refuses a blind overwrite with 409 where required, and allows a first write', () => {
    expect(code(() => checkPreconditions(existing, none, true))).toBe('LRS_DOCUMENT_CONFLICT');
    expect(code(() => checkPreconditions(existing, none, false))).toBe('ok');
    expect(code(() => checkPreconditions(undefined, none, true))).toBe('ok');
  });
});

describe('document merge (Communication 2.2.s7)', () => {
  it('merges JSON objects, the new properties winning', () => {
    expect(JSON.parse(mergeDocument(stored('{"a":1,"b":{"x":1}}'), Buffer.from('{"b":2,"c":3}'), 'application/json').toString())).toEqual({ a: 1, b: 2, c: 3 });
  });
  it('refuses to merge anything that is not two JSON objects', () => {
    expect(code(() => mergeDocument(stored('text', 'text/plain'), Buffer.from('{"a":1}'), 'application/json'))).toBe('LRS_DOCUMENT_NOT_MERGEABLE');
    expect(code(() => mergeDocument(stored('{"a":1}'), Buffer.from('text'), 'text/plain'))).toBe('LRS_DOCUMENT_NOT_MERGEABLE');
    expect(code(() => mergeDocument(stored('[1]'), Buffer.from('{"a":1}'), 'application/json'))).toBe('LRS_DOCUMENT_NOT_MERGEABLE');
    expect(code(() => checkPostedJson(Buffer.from('{"a":'), 'application/json; charset=utf-8'))).toBe('LRS_DOCUMENT_NOT_MERGEABLE');
    expect(code(() => checkPostedJson(Buffer.from('anything'), 'text/plain'))).toBe('ok');
  });
});

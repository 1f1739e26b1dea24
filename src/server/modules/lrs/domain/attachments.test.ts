import { createHash, createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { matchAttachments, SIGNATURE_USAGE } from './attachments.js';
import type { JsonObject } from './json.js';
import { boundaryOf, buildMultipart, parseMultipart, type MultipartPart } from './multipart.js';

const sha256 = (content: Buffer | string) => createHash('sha256').update(content).digest('hex');

const statement = (attachments: JsonObject[]): JsonObject => ({
  actor: { mbox: 'mailto:a@example.com' },
  verb: { id: 'http://example.com/v' },
  object: { id: 'http://example.com/a' },
  attachments,
});

const declared = (content: string, extra: JsonObject = {}): JsonObject => ({
  usageType: 'http://example.com/usage',
  display: { en: 'file' },
  contentType: 'text/plain',
  length: content.length,
  sha2: sha256(content),
  ...extra,
});

const part = (content: string | Buffer, headers: Record<string, string> = {}): MultipartPart => ({
  headers: { 'content-type': 'text/plain', 'content-transfer-encoding': 'binary', 'x-experience-api-hash': sha256(content), ...headers },
  body: Buffer.from(content),
});

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('multipart/mixed (Communication 1.5.2)', () => {
  it('reads the boundary, quoted or not', () => {
    expect(boundaryOf('multipart/mixed; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/mixed; boundary="a b"')).toBe('a b');
    expect(boundaryOf('multipart/mixed')).toBeUndefined();
  });

  it('round-trips parts, with a preamble', () => {
    const body = buildMultipart('xyz', [{ headers: { 'Content-Type': 'application/json' }, body: Buffer.from('[]') }, part('hello')]);
    const parts = parseMultipart(Buffer.concat([Buffer.from('\r\n'), body]), 'xyz');
    expect(parts.map((p) => [p.headers['content-type'], p.body.toString()])).toEqual([
      ['application/json', '[]'],
      ['text/plain', 'hello'],
    ]);
  });

  it('refuses a body without the boundary', () => {
    expect(code(() => parseMultipart(Buffer.from('no boundary here'), 'xyz'))).toBe('LRS_INVALID_MULTIPART');
  });
});

describe('attachments (Data 2.4.11)', () => {
  it('pairs parts with the attachments that declare them', () => {
    const received = matchAttachments([statement([declared('hello')])], [part('hello')]);
    expect(received).toEqual([{ sha2: sha256('hello'), contentType: 'text/plain', content: Buffer.from('hello') }]);
  });

  it('accepts fileUrl attachments without content', () => {
    expect(matchAttachments([statement([declared('x', { fileUrl: 'http://example.com/x' })])], undefined)).toEqual([]);
  });

  it('refuses missing content, excess parts, missing or wrong hashes and encodings', () => {
    expect(code(() => matchAttachments([statement([declared('hello')])], undefined))).toBe('LRS_INVALID_ATTACHMENT');
    expect(code(() => matchAttachments([statement([])], [part('extra')]))).toBe('LRS_INVALID_ATTACHMENT');
    expect(code(() => matchAttachments([statement([declared('hello')])], [part('hello', { 'x-experience-api-hash': '' })]))).toBe('LRS_INVALID_ATTACHMENT');
    expect(code(() => matchAttachments([statement([declared('hello')])], [part('hello', { 'x-experience-api-hash': sha256('other') })]))).toBe('LRS_INVALID_ATTACHMENT');
    expect(code(() => matchAttachments([statement([declared('hello')])], [part('hello', { 'content-transfer-encoding': 'base64' })]))).toBe('LRS_INVALID_ATTACHMENT');
  });
});

describe('signed statements (Data 2.6)', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const sign = (payload: unknown, alg = 'RS256') => {
    const header = Buffer.from(JSON.stringify({ alg })).toString('base64url');
    const body = Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload)).toString('base64url');
    const signature = createSign('RSA-SHA256').update(`${header}.${body}`).sign(privateKey).toString('base64url');
    return `${header}.${body}.${signature}`;
  };
  const signed = (jws: string, contentType = 'application/octet-stream') => {
    const original = statement([]);
    delete original.attachments;
    const withSignature = { ...original, attachments: [declared(jws, { usageType: SIGNATURE_USAGE, contentType })] };
    return () => matchAttachments([withSignature], [part(jws, { 'content-type': contentType })]);
  };
  const payload = () => {
    const s = statement([]);
    delete s.attachments;
    return s;
  };

  it('accepts an RS256 signature over the statement', () => expect(code(signed(sign(payload())))).toBe('ok'));
  it('ignores duration precision beyond hundredths when comparing', () => {
    const short = { ...payload(), result: { duration: 'PT0.12S' } };
    const jws = sign(short);
    const sent = { ...short, result: { duration: 'PT0.1234S' }, attachments: [declared(jws, { usageType: SIGNATURE_USAGE, contentType: 'application/octet-stream' })] };
    expect(code(() => matchAttachments([sent], [part(jws, { 'content-type': 'application/octet-stream' })]))).toBe('ok');
  });
  it('refuses a signature with the wrong content type', () => expect(code(signed(sign(payload()), 'text/plain; charset=ascii'))).toBe('LRS_INVALID_ATTACHMENT'));
  it('refuses a payload that is not JSON', () => expect(code(signed(sign("{'broken'")))).toBe('LRS_INVALID_ATTACHMENT'));
  it('refuses other algorithms', () => expect(code(signed(sign(payload(), 'HS256')))).toBe('LRS_INVALID_ATTACHMENT'));
  it('refuses a payload that differs from the statement', () => expect(code(signed(sign({ ...payload(), verb: { id: 'http://example.com/other' } })))).toBe('LRS_INVALID_ATTACHMENT'));
  it('refuses something that is not a JWS', () => expect(code(signed('not-a-jws'))).toBe('LRS_INVALID_ATTACHMENT'));
});

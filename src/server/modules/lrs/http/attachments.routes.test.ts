import { createHash, createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import { boundaryOf, parseMultipart } from '../domain/multipart.js';
import { createLrsClient, sampleStatement, type XapiClient } from './xapi-test-client.js';

const sha256 = (content: string) => createHash('sha256').update(content).digest('hex');

function multipart(boundary: string, statement: unknown, parts: { content: string; contentType: string; hash?: string }[]): string {
  const sections = [`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(statement)}\r\n`];
  for (const part of parts) {
    sections.push(
      `--${boundary}\r\nContent-Type: ${part.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${part.hash ?? sha256(part.content)}\r\n\r\n${part.content}\r\n`,
    );
  }
  return `${sections.join('')}--${boundary}--`;
}

const attachment = (content: string, extra: Record<string, unknown> = {}) => ({
  usageType: 'http://adlnet.gov/expapi/attachments/certificate',
  display: { 'zh-CN': '证书' },
  contentType: 'text/plain',
  length: Buffer.byteLength(content),
  sha2: sha256(content),
  ...extra,
});

describeEachEngine('xAPI attachments and signed statements', (engine) => {
  let t: TestLuban;
  let lrs: XapiClient;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    lrs = await createLrsClient(t);
  });
  afterAll(async () => t.close());

  const post = (body: string, boundary = 'b0undary') =>
    lrs.call({ method: 'POST', url: '/xapi/statements', raw: body, headers: { 'content-type': `multipart/mixed; boundary=${boundary}` } });

  it('stores attachment content checked by SHA-2 and returns it with attachments=true', async () => {
    const id = randomUUID();
    const content = '焊工证书 · welding certificate';
    const response = await post(multipart('b0undary', sampleStatement({ id, attachments: [attachment(content)] }), [{ content, contentType: 'text/plain' }]));
    expect(response.statusCode).toBe(200);
    const plain = await lrs.call({ url: `/xapi/statements?statementId=${id}` });
    expect(plain.headers['content-type']).toContain('application/json');
    const withContent = await lrs.call({ url: `/xapi/statements?statementId=${id}&attachments=true` });
    const boundary = boundaryOf(String(withContent.headers['content-type']));
    expect(boundary).toBeDefined();
    const parts = parseMultipart(withContent.rawPayload, boundary ?? '');
    expect(JSON.parse(parts[0]?.body.toString() ?? '{}')).toMatchObject({ id });
    expect(parts[1]?.headers['x-experience-api-hash']).toBe(sha256(content));
    expect(parts[1]?.body.toString()).toBe(content);
  });

  it('accepts fileUrl attachments as application/json and multipart without attachments', async () => {
    const byUrl = sampleStatement({ attachments: [attachment('remote', { fileUrl: 'https://luban.example/files/1' })] });
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: byUrl })).statusCode).toBe(200);
    expect((await post(multipart('b0undary', sampleStatement(), []))).statusCode).toBe(200);
  });

  it('refuses missing content, extra parts, wrong hashes, a missing boundary or statements not in the first part', async () => {
    const content = 'data';
    const statement = sampleStatement({ attachments: [attachment(content)] });
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: statement })).statusCode).toBe(400);
    expect((await post(multipart('b0undary', sampleStatement(), [{ content, contentType: 'text/plain' }]))).statusCode).toBe(400);
    expect((await post(multipart('b0undary', statement, [{ content, contentType: 'text/plain', hash: sha256('other') }]))).statusCode).toBe(400);
    const noBoundary = await lrs.call({ method: 'POST', url: '/xapi/statements', raw: multipart('b0undary', statement, [{ content, contentType: 'text/plain' }]), headers: { 'content-type': 'multipart/mixed' } });
    expect(noBoundary.statusCode).toBe(400);
    const formData = await lrs.call({ method: 'POST', url: '/xapi/statements', raw: multipart('b0undary', statement, [{ content, contentType: 'text/plain' }]), headers: { 'content-type': 'multipart/form-data; boundary=b0undary' } });
    expect(formData.statusCode).toBe(400);
  });

  it('validates JWS signatures: RS256 over the statement passes, another payload or algorithm fails', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sign = (payload: unknown, alg: string) => {
      const header = Buffer.from(JSON.stringify({ alg })).toString('base64url');
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${header}.${body}.${createSign('RSA-SHA256').update(`${header}.${body}`).sign(privateKey).toString('base64url')}`;
    };
    const send = (signed: unknown, jws: string) => {
      const declared = attachment(jws, { usageType: 'http://adlnet.gov/expapi/attachments/signature', contentType: 'application/octet-stream' });
      return post(multipart('b0undary', { ...(signed as object), attachments: [declared] }, [{ content: jws, contentType: 'application/octet-stream' }]));
    };
    const statement = sampleStatement({ id: randomUUID() });
    expect((await send(statement, sign(statement, 'RS256'))).statusCode).toBe(200);
    const other = sampleStatement({ id: randomUUID() });
    expect((await send(other, sign(statement, 'RS256'))).statusCode).toBe(400);
    expect((await send(other, sign(other, 'HS256'))).statusCode).toBe(400);
  });
});

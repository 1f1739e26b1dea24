import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import { publishResource, putChunk, uploadFile } from './learning-test-client.js';

/** A renamed Windows executable: the PE header, then padding. */
const executable = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), Buffer.alloc(200, 0)]);
const htmlAsPdf = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/v1/auth/me")</script></body></html>');
/** An H5 page that tries to read and change the page that embeds it. */
export const curiousH5 = Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>H5</title></head><body><p id="out">H5 互动页</p>
<script>
let result;
try { result = 'read:' + window.parent.document.title; window.parent.document.body.dataset.h5 = 'escaped'; } catch (error) { result = 'blocked:' + error.name; }
try { document.cookie; result += ';cookie-ok'; } catch (error) { result += ';cookie-blocked'; }
document.getElementById('out').textContent = result;
</script></body></html>`);

describeEachEngine('upload safety: limits, sniffing, no executing uploads', (engine) => {
  let t: TestLuban;
  let teacher: Session;
  let reviewer: Session;
  let student: Session;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    teacher = await t.login('demo.teacher');
    reviewer = await t.login('demo.college');
    student = await t.login('demo.student');
  });
  afterAll(async () => t.close());

  const startUpload = (body: Record<string, unknown>) => t.request({ method: 'POST', url: '/api/v1/learning/uploads', session: teacher, body, headers: { 'accept-language': 'en' } });

  it('refuses an upload larger than its type allows, naming the limit', async () => {
    const response = await startUpload({ resourceType: 'image', fileName: 'big.png', mimeType: 'image/png', totalSize: 21 * 1024 * 1024 });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'UPLOAD_TOO_LARGE', detail: 'The file is larger than the 20 MB allowed for image resources', errors: [{ field: 'totalSize' }] });
    const zh = await t.request({ method: 'POST', url: '/api/v1/learning/uploads', session: teacher, body: { resourceType: 'image', fileName: 'big.png', mimeType: 'image/png', totalSize: 21 * 1024 * 1024 }, headers: { 'accept-language': 'zh-CN' } });
    expect(zh.json<{ detail: string }>().detail).toContain('20 MB');
  });

  it('refuses a chunk past the declared size and a type the resource type cannot hold', async () => {
    const created = await startUpload({ resourceType: 'document', fileName: 'a.pdf', mimeType: 'application/pdf', totalSize: 10 });
    const overflow = await putChunk(t, teacher, created.json<{ id: string }>().id, 0, Buffer.from('%PDF-1.4 and far too many bytes'));
    expect(overflow.json()).toMatchObject({ code: 'UPLOAD_CHUNK_OVERFLOW' });
    expect((await startUpload({ resourceType: 'image', fileName: 'x.svg', mimeType: 'image/svg+xml', totalSize: 10 })).json()).toMatchObject({ code: 'UPLOAD_TYPE_NOT_ALLOWED' });
  });

  it('refuses a renamed executable posing as a PDF at its first chunk', async () => {
    const created = await startUpload({ resourceType: 'document', fileName: 'handout.pdf', mimeType: 'application/pdf', totalSize: executable.length });
    const chunk = await putChunk(t, teacher, created.json<{ id: string }>().id, 0, executable);
    expect(chunk.statusCode).toBe(415);
    expect(chunk.json()).toMatchObject({ code: 'UPLOAD_EXECUTABLE_REFUSED' });
    const status = await t.request({ method: 'GET', url: `/api/v1/learning/uploads/${created.json<{ id: string }>().id}`, session: teacher });
    expect(status.json()).toMatchObject({ receivedBytes: 0 });
  });

  it('refuses HTML posing as a PDF', async () => {
    const created = await startUpload({ resourceType: 'document', fileName: 'notes.pdf', mimeType: 'application/pdf', totalSize: htmlAsPdf.length });
    const chunk = await putChunk(t, teacher, created.json<{ id: string }>().id, 0, htmlAsPdf);
    expect(chunk.statusCode).toBe(415);
    expect(chunk.json()).toMatchObject({ code: 'UPLOAD_CONTENT_MISMATCH', detail: 'The file says it is application/pdf but its content is html' });
  });

  it('serves an H5 page only sandboxed (opaque origin, no same-origin), and never as HTML from the file route', async () => {
    const uploadId = await uploadFile(t, teacher, { resourceType: 'h5', fileName: 'curious.html', mimeType: 'text/html', bytes: curiousH5 });
    const id = await publishResource(t, teacher, reviewer, { type: 'h5', title: { 'zh-CN': '好奇的 H5 页面', en: 'Curious H5 page' } }, uploadId);
    const sandboxed = await t.request({ method: 'GET', url: `/api/v1/learning/resources/${id}/sandbox`, session: student });
    expect(sandboxed.statusCode).toBe(200);
    expect(sandboxed.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(sandboxed.headers['content-security-policy']);
    expect(csp.startsWith('sandbox allow-scripts;')).toBe(true);
    expect(csp).not.toContain('allow-same-origin');
    expect(csp).toContain("default-src 'none'");
    expect(sandboxed.headers['x-content-type-options']).toBe('nosniff');
    const raw = await t.request({ method: 'GET', url: `/api/v1/learning/resources/${id}/file`, session: student });
    expect(raw.headers['content-type']).toBe('application/octet-stream');
    expect(raw.headers['content-disposition']).toMatch(/^attachment;/);
    expect(String(raw.headers['content-security-policy'])).toContain('sandbox');
  });

  it('refuses to serve a non-H5 file from the sandbox path', async () => {
    const uploadId = await uploadFile(t, teacher, { resourceType: 'document', fileName: 'ok.pdf', mimeType: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') });
    const id = await publishResource(t, teacher, reviewer, { title: { en: 'Plain PDF' } }, uploadId);
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/resources/${id}/sandbox`, session: student })).json()).toMatchObject({ code: 'RESOURCE_NOT_H5' });
  });
});

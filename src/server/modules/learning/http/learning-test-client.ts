import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestLuban } from '../../../testing/test-luban.js';

/** Test helpers: resumable uploads over the real routes, and a published resource. */
export const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export async function putChunk(t: TestLuban, session: Session, uploadId: string, offset: number, bytes: Buffer): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/learning/uploads/${uploadId}/chunks?offset=${offset}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/octet-stream', 'accept-language': 'en' },
    payload: bytes,
  });
}

export async function uploadFile(t: TestLuban, session: Session, file: { resourceType: string; fileName: string; mimeType: string; bytes: Buffer }, chunkSize = 1 << 20): Promise<string> {
  const created = await t.request({ method: 'POST', url: '/api/v1/learning/uploads', session, body: { resourceType: file.resourceType, fileName: file.fileName, mimeType: file.mimeType, totalSize: file.bytes.length } });
  if (created.statusCode !== 201) throw new Error(`upload refused: ${created.body}`);
  const { id } = created.json<{ id: string }>();
  for (let offset = 0; offset < file.bytes.length; offset += chunkSize) {
    const response = await putChunk(t, session, id, offset, file.bytes.subarray(offset, offset + chunkSize));
    if (response.statusCode !== 200) throw new Error(`chunk refused: ${response.body}`);
  }
  const completed = await t.request({ method: 'POST', url: `/api/v1/learning/uploads/${id}/complete`, session });
  if (completed.statusCode !== 200) throw new Error(`complete refused: ${completed.body}`);
  return id;
}

export type ResourceFixture = { title: Record<string, string>; description?: Record<string, string>; type?: string; audience?: 'college' | 'public'; providers?: string[]; programCodes?: string[]; knowledgePoints?: string[] };

export async function createResource(t: TestLuban, author: Session, fixture: ResourceFixture, uploadId?: string): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/learning/resources',
    session: author,
    body: {
      type: fixture.type ?? 'document',
      title: fixture.title,
      description: fixture.description ?? {},
      programCodes: fixture.programCodes ?? [],
      knowledgePoints: fixture.knowledgePoints ?? [],
      level: 'higher',
      language: 'zh-CN',
      licence: 'CC BY 4.0',
      audience: fixture.audience ?? 'public',
      providers: fixture.providers ?? [],
      ...(uploadId ? { uploadId } : {}),
    },
  });
  if (response.statusCode !== 201) throw new Error(`create refused: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** Creates, submits and publishes (the reviewer must be someone else). */
export async function publishResource(t: TestLuban, author: Session, reviewer: Session, fixture: ResourceFixture, uploadId?: string): Promise<string> {
  const id = await createResource(t, author, fixture, uploadId);
  const submitted = await t.request({ method: 'POST', url: `/api/v1/learning/resources/${id}/submit`, session: author });
  if (submitted.statusCode !== 200) throw new Error(`submit refused: ${submitted.body}`);
  const published = await t.request({ method: 'POST', url: `/api/v1/learning/resources/${id}/review`, session: reviewer, body: { decision: 'publish' } });
  if (published.statusCode !== 200) throw new Error(`publish refused: ${published.body}`);
  return id;
}

import type { ResourceType } from '../../../../shared/contracts/learning/resources.js';
import type { Upload } from '../../../../shared/contracts/learning/uploads.js';
import { ApiError, apiRequest } from '../../../app/api-client.js';
import { problemSchema } from '../../../../shared/contracts/platform/common.js';

const base = '/api/v1/learning/uploads';
const CHUNK_BYTES = 1024 * 1024;
const storageKey = (file: File, type: ResourceType) => `luban.upload:${type}:${file.name}:${file.size}:${file.lastModified}`;

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === 'luban_csrf') return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

async function sendChunk(id: string, offset: number, bytes: Blob, language: string): Promise<Upload> {
  const token = csrfToken();
  const response = await fetch(`${base}/${id}/chunks?offset=${offset}`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/octet-stream', 'Accept-Language': language, ...(token ? { 'X-CSRF-Token': token } : {}) },
    body: bytes,
  });
  if (!response.ok) {
    const parsed = problemSchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(response.status, parsed.success ? parsed.data : null, `${response.status}`);
  }
  return (await response.json()) as Upload;
}

/** An unfinished upload of this same file, to resume, or undefined. */
async function findResumable(key: string): Promise<Upload | undefined> {
  const id = window.localStorage.getItem(key);
  if (!id) return undefined;
  try {
    const upload = await apiRequest<Upload>(`${base}/${encodeURIComponent(id)}`);
    return upload.status === 'open' ? upload : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Uploads a file in chunks. The upload id is remembered per file, so choosing the same file after
 * a reload or a lost connection resumes at the server's offset instead of starting over.
 */
export async function uploadInChunks(file: File, type: ResourceType, language: string, onProgress: (sent: number, total: number, resumedAt: number) => void): Promise<Upload> {
  const key = storageKey(file, type);
  const upload =
    (await findResumable(key)) ??
    (await apiRequest<Upload>(base, { method: 'POST', body: { resourceType: type, fileName: file.name, mimeType: file.type || 'application/octet-stream', totalSize: file.size } }));
  window.localStorage.setItem(key, upload.id);
  const resumedAt = upload.receivedBytes;
  let offset = upload.receivedBytes;
  onProgress(offset, file.size, resumedAt);
  while (offset < file.size) {
    const next = await sendChunk(upload.id, offset, file.slice(offset, offset + CHUNK_BYTES), language);
    offset = next.receivedBytes;
    onProgress(offset, file.size, resumedAt);
  }
  const completed = await apiRequest<Upload>(`${base}/${upload.id}/complete`, { method: 'POST' });
  window.localStorage.removeItem(key);
  return completed;
}

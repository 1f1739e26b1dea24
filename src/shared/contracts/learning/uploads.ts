import { z } from 'zod';
import { resourceTypeSchema } from './resources.js';

/** Largest chunk one PUT may carry. */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export const createUploadSchema = z.object({
  resourceType: resourceTypeSchema,
  fileName: z.string().trim().min(1).max(255),
  /** The MIME type the client declares; the bytes must agree with it. */
  mimeType: z.string().trim().min(3).max(150).regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, 'must be a MIME type such as application/pdf'),
  totalSize: z.number().int().min(1),
});
export type CreateUploadInput = z.infer<typeof createUploadSchema>;

export const uploadSchema = z.object({
  id: z.uuid(),
  resourceType: resourceTypeSchema,
  fileName: z.string(),
  mimeType: z.string(),
  totalSize: z.number().int(),
  /** Bytes stored so far: the offset the next chunk must start at. */
  receivedBytes: z.number().int(),
  status: z.enum(['open', 'complete']),
  maxChunkBytes: z.number().int(),
});
export type Upload = z.infer<typeof uploadSchema>;

export const uploadParamSchema = z.object({ id: z.uuid() });
export const chunkQuerySchema = z.object({ offset: z.coerce.number().int().min(0).describe('Byte offset of this chunk; must equal receivedBytes') });

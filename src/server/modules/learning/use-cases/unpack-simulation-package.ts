import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import type { Tx } from '../../../db/open-db.js';
import { inflateEntry, packageFileType, packageLimits, planPackage, type PackageLimits } from '../domain/package-archive.js';
import { insertPackage } from '../simulations.repository.js';
import type { PackageFile } from '../simulations.repository.js';
import type { LearningDeps } from './learning-deps.js';

export const PACKAGE_MIME_TYPES: readonly string[] = ['application/zip', 'application/x-zip-compressed'];

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/**
 * Checks a simulation package completely before anything is stored (every entry inflated within
 * its limits and sniffed), then stores each file in the file store. Returns the package's entry
 * and file list, keyed later by the zip's own hash.
 */
export async function unpackSimulationPackage(deps: Pick<LearningDeps, 'files'>, zip: Buffer, limits: PackageLimits = packageLimits): Promise<{ entry: string; files: PackageFile[]; totalSize: number }> {
  const plan = await planPackage(zip, limits);
  const types = new Map<string, string>();
  for (const entry of plan.files) types.set(entry.path, packageFileType(entry.path, await inflateEntry(entry, limits)));
  const files: PackageFile[] = [];
  for (const entry of plan.files) {
    const bytes = await inflateEntry(entry, limits);
    const stored = await deps.files.put(ReadableStream.from([bytes]));
    files.push({ path: entry.path, hash: stored.hash, mimeType: types.get(entry.path) ?? 'application/octet-stream', size: stored.size });
  }
  return { entry: plan.entry, files, totalSize: plan.declaredTotal };
}

/**
 * For a completed upload of a simulation zip: unpacks it (refusing it with a clear error) and
 * returns how to record the package in the upload's transaction; nothing for other uploads.
 */
export async function unpackUploadedPackage(deps: LearningDeps, upload: { resourceType: string; mimeType: string }, read: () => Readable): Promise<((tx: Tx, zipHash: string) => Promise<void>) | undefined> {
  if (upload.resourceType !== 'virtual_simulation' || !PACKAGE_MIME_TYPES.includes(upload.mimeType)) return undefined;
  const unpacked = await unpackSimulationPackage(deps, await readAll(read()));
  return async (tx, zipHash) => insertPackage(tx, { packageHash: zipHash, ...unpacked, createdAt: deps.now() });
}

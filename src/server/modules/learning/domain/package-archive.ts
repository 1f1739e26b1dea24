import JSZip from 'jszip';
import { AppError } from '../../../platform/errors/app-error.js';
import { formatBytes } from './limits.js';
import { sniffFormat, SNIFF_BYTES, type SniffedFormat } from './sniff.js';

const MB = 1024 * 1024;

/** Limits for an unpacked H5/WebGL simulation package. */
export type PackageLimits = { maxFiles: number; maxTotalBytes: number; maxFileBytes: number; maxRatio: number; ratioFloorBytes: number };
export const packageLimits: PackageLimits = {
  maxFiles: 2000,
  maxTotalBytes: 1024 * MB,
  maxFileBytes: 200 * MB,
  /** Uncompressed ÷ compressed, for the archive and for any entry above `ratioFloorBytes`. */
  maxRatio: 100,
  ratioFloorBytes: 1 * MB,
};

/** The manifest a package may carry to name its entry page (otherwise `index.html`). */
export const MANIFEST_NAME = 'luban-simulation.json';

export type PackageEntry = { path: string; compressedSize: number; declaredSize: number; object: JSZip.JSZipObject };
export type PackagePlan = { entry: string; files: PackageEntry[]; declaredTotal: number };

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

const refuse = (code: string, params: Record<string, string | number> = {}) => new AppError(code, params, [{ field: 'uploadId', code: code.toLowerCase() }]);

/** A safe relative path: no absolute paths, drive letters, backslashes, `.`/`..` or empty segments, control characters. */
export function isSafePackagePath(path: string): boolean {
  if (path.length === 0 || path.length > 500) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\:]/.test(path)) return false;
  if (path.startsWith('/')) return false;
  return path.split('/').every((segment) => segment.length > 0 && segment !== '.' && segment !== '..');
}

/** jszip 3 keeps an entry's sizes from the central directory on `_data`; without them the archive is refused (fail closed). */
function declaredSizes(object: JSZip.JSZipObject): { compressed: number; uncompressed: number } | undefined {
  const data: unknown = Reflect.get(object, '_data');
  if (typeof data !== 'object' || data === null) return undefined;
  const compressed: unknown = Reflect.get(data, 'compressedSize');
  const uncompressed: unknown = Reflect.get(data, 'uncompressedSize');
  return typeof compressed === 'number' && typeof uncompressed === 'number' ? { compressed, uncompressed } : undefined;
}

function isSymlink(object: JSZip.JSZipObject): boolean {
  const mode = typeof object.unixPermissions === 'string' ? Number.parseInt(object.unixPermissions, 8) : object.unixPermissions;
  return typeof mode === 'number' && (mode & S_IFMT) === S_IFLNK;
}

/** Reads the archive's directory (no content is inflated yet) and checks every limit that the directory shows. */
export async function planPackage(zip: Buffer, limits: PackageLimits = packageLimits): Promise<PackagePlan> {
  let archive: JSZip;
  try {
    archive = await JSZip.loadAsync(zip, { createFolders: false });
  } catch (error) {
    throw refuse('PACKAGE_NOT_ZIP', { reason: error instanceof Error ? error.message : 'unreadable' });
  }
  const files: PackageEntry[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  for (const object of Object.values(archive.files)) {
    const original = object.unsafeOriginalName ?? object.name;
    if (!isSafePackagePath(original.replace(/\/$/, ''))) throw refuse('PACKAGE_UNSAFE_PATH', { path: original });
    if (isSymlink(object)) throw refuse('PACKAGE_SYMLINK', { path: original });
    if (object.dir) continue;
    const sizes = declaredSizes(object);
    if (!sizes) throw refuse('PACKAGE_NOT_ZIP', { reason: `no sizes for ${original}` });
    const key = original.toLowerCase();
    if (seen.has(key)) throw refuse('PACKAGE_UNSAFE_PATH', { path: original });
    seen.add(key);
    if (files.length + 1 > limits.maxFiles) throw refuse('PACKAGE_TOO_MANY_FILES', { limit: limits.maxFiles });
    if (sizes.uncompressed > limits.maxFileBytes) throw refuse('PACKAGE_FILE_TOO_LARGE', { path: original, limit: formatBytes(limits.maxFileBytes) });
    if (sizes.uncompressed > limits.ratioFloorBytes && sizes.uncompressed > sizes.compressed * limits.maxRatio) throw refuse('PACKAGE_ZIP_BOMB', { path: original, limit: limits.maxRatio });
    declaredTotal += sizes.uncompressed;
    if (declaredTotal > limits.maxTotalBytes) throw refuse('PACKAGE_TOO_LARGE', { limit: formatBytes(limits.maxTotalBytes) });
    files.push({ path: original, compressedSize: sizes.compressed, declaredSize: sizes.uncompressed, object });
  }
  if (declaredTotal > limits.ratioFloorBytes && declaredTotal > zip.length * limits.maxRatio) throw refuse('PACKAGE_ZIP_BOMB', { path: '*', limit: limits.maxRatio });
  const entry = await findEntry(files);
  return { entry, files, declaredTotal };
}

async function findEntry(files: readonly PackageEntry[]): Promise<string> {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const manifest = byPath.get(MANIFEST_NAME);
  if (manifest) {
    const text = (await inflateEntry(manifest, packageLimits)).toString('utf8');
    let entry: unknown;
    try {
      const parsed: unknown = JSON.parse(text);
      entry = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'entry') : undefined;
    } catch {
      throw refuse('PACKAGE_MANIFEST_INVALID', { reason: 'not JSON' });
    }
    if (typeof entry !== 'string' || !byPath.has(entry)) throw refuse('PACKAGE_MANIFEST_INVALID', { reason: `entry ${String(entry)} is not a file of the package` });
    if (!/\.html?$/i.test(entry)) throw refuse('PACKAGE_MANIFEST_INVALID', { reason: 'entry must be an .html file' });
    return entry;
  }
  if (byPath.has('index.html')) return 'index.html';
  // a zipped folder: everything under one top-level directory with its own index.html
  const tops = new Set(files.map((file) => file.path.split('/')[0]));
  const [top] = tops;
  if (tops.size === 1 && top !== undefined && byPath.has(`${top}/index.html`)) return `${top}/index.html`;
  throw refuse('PACKAGE_NO_ENTRY', { manifest: MANIFEST_NAME });
}

/** Inflates one entry, stopping as soon as it grows past its declared size or the per-file limit (a lying directory is a bomb too). */
export async function inflateEntry(entry: PackageEntry, limits: PackageLimits): Promise<Buffer> {
  const cap = Math.min(entry.declaredSize, limits.maxFileBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = entry.object.nodeStream('nodebuffer');
  await new Promise<void>((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        stream.removeAllListeners('data');
        reject(refuse('PACKAGE_ZIP_BOMB', { path: entry.path, limit: limits.maxRatio }));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error) => reject(refuse('PACKAGE_NOT_ZIP', { reason: `${entry.path}: ${error instanceof Error ? error.message : 'corrupt'}` })));
    stream.on('end', () => resolve());
  });
  if (size !== entry.declaredSize) throw refuse('PACKAGE_NOT_ZIP', { reason: `${entry.path} is not the size its directory says` });
  return Buffer.concat(chunks, size);
}

type TypeRule = { mimeType: string; formats?: readonly SniffedFormat[] };
const text: readonly SniffedFormat[] = ['text', 'json', 'html'];
/** Served types by extension; `formats` are what the bytes must sniff as (binary media must be what they say). */
const typesByExtension: Record<string, TypeRule> = {
  html: { mimeType: 'text/html; charset=utf-8', formats: ['html', 'text'] },
  htm: { mimeType: 'text/html; charset=utf-8', formats: ['html', 'text'] },
  js: { mimeType: 'text/javascript; charset=utf-8', formats: text },
  mjs: { mimeType: 'text/javascript; charset=utf-8', formats: text },
  css: { mimeType: 'text/css; charset=utf-8', formats: text },
  json: { mimeType: 'application/json', formats: text },
  txt: { mimeType: 'text/plain; charset=utf-8', formats: text },
  svg: { mimeType: 'image/svg+xml', formats: ['html', 'text'] },
  png: { mimeType: 'image/png', formats: ['png'] },
  jpg: { mimeType: 'image/jpeg', formats: ['jpeg'] },
  jpeg: { mimeType: 'image/jpeg', formats: ['jpeg'] },
  gif: { mimeType: 'image/gif', formats: ['gif'] },
  webp: { mimeType: 'image/webp', formats: ['webp'] },
  mp3: { mimeType: 'audio/mpeg', formats: ['mp3'] },
  wav: { mimeType: 'audio/wav', formats: ['wav'] },
  ogg: { mimeType: 'audio/ogg', formats: ['ogg'] },
  mp4: { mimeType: 'video/mp4', formats: ['mp4'] },
  webm: { mimeType: 'video/webm', formats: ['webm'] },
  wasm: { mimeType: 'application/wasm' },
  woff: { mimeType: 'font/woff' },
  woff2: { mimeType: 'font/woff2' },
  ttf: { mimeType: 'font/ttf' },
  glb: { mimeType: 'model/gltf-binary' },
  gltf: { mimeType: 'model/gltf+json', formats: text },
};

/** The type a package file is served as, after checking its bytes; executables are refused wherever they hide. */
export function packageFileType(path: string, bytes: Uint8Array): string {
  const format = sniffFormat(bytes.subarray(0, SNIFF_BYTES));
  if (format === 'executable') throw refuse('PACKAGE_EXECUTABLE', { path });
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const rule = typesByExtension[extension];
  if (!rule) return 'application/octet-stream';
  if (rule.formats && bytes.length > 0 && !rule.formats.includes(format)) throw refuse('PACKAGE_FILE_MISMATCH', { path, detected: format });
  return rule.mimeType;
}

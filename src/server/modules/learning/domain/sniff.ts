import type { ResourceType } from '../../../../shared/contracts/learning/resources.js';

/**
 * Content-type sniffing from the first bytes. The declared type is never trusted: a file is
 * accepted only when its bytes are a format the resource type allows and agree with the
 * declared MIME type. Executables and scripts are refused outright, whatever they claim to be.
 */
export type SniffedFormat =
  | 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'gif' | 'webp' | 'mp4' | 'webm' | 'mp3' | 'wav' | 'ogg' | 'html' | 'json' | 'text'
  | 'executable' | 'unknown';

/** Bytes to look at: enough for every signature below and for telling HTML from text. */
export const SNIFF_BYTES = 4096;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

function sniffBinary(bytes: Uint8Array): SniffedFormat | undefined {
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'executable';
  if (startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]) || startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe])) return 'executable';
  if (startsWith(bytes, [0x23, 0x21])) return 'executable'; // #! script
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE') return 'wav';
  if (ascii(bytes, 4, 8) === 'ftyp') return 'mp4';
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (ascii(bytes, 0, 4) === 'OggS') return 'ogg';
  if (ascii(bytes, 0, 3) === 'ID3' || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  return undefined;
}

function decodeText(bytes: Uint8Array): string | undefined {
  // a multi-byte character may be cut at the end of the sniffed window
  const end = bytes.length >= SNIFF_BYTES ? Math.max(0, bytes.length - 4) : bytes.length;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'unknown';
  const binary = sniffBinary(bytes);
  if (binary) return binary;
  const text = decodeText(bytes);
  if (text === undefined) return 'unknown';
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  // browsers sniff these as HTML anywhere near the start; so do we
  if (/^<(!doctype html|html|head|body|script|iframe|svg|\?xml)/.test(head) || /<(script|iframe|object|embed)\b/.test(text.toLowerCase())) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'text';
}

type Accepted = { format: SniffedFormat; mimeTypes: readonly string[] };
const pdf: Accepted = { format: 'pdf', mimeTypes: ['application/pdf'] };
const office: Accepted = {
  format: 'zip',
  mimeTypes: [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ],
};
const legacyOffice: Accepted = { format: 'ole', mimeTypes: ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'] };
const images: Accepted[] = [
  { format: 'png', mimeTypes: ['image/png'] },
  { format: 'jpeg', mimeTypes: ['image/jpeg'] },
  { format: 'gif', mimeTypes: ['image/gif'] },
  { format: 'webp', mimeTypes: ['image/webp'] },
];
const html: Accepted = { format: 'html', mimeTypes: ['text/html'] };

/** What each resource type may hold. SVG is never accepted: it can carry scripts. */
export const acceptedFormats: Record<ResourceType, readonly Accepted[]> = {
  document: [pdf, office, legacyOffice],
  video: [{ format: 'mp4', mimeTypes: ['video/mp4'] }, { format: 'webm', mimeTypes: ['video/webm'] }],
  audio: [
    { format: 'mp3', mimeTypes: ['audio/mpeg'] },
    { format: 'wav', mimeTypes: ['audio/wav', 'audio/x-wav'] },
    { format: 'ogg', mimeTypes: ['audio/ogg'] },
    { format: 'mp4', mimeTypes: ['audio/mp4'] },
  ],
  image: images,
  h5: [html],
  exercise_set: [{ format: 'json', mimeTypes: ['application/json'] }, pdf, office],
  /** a single H5 page, or a zip of an H5/WebGL package (unpacked and checked entry by entry) */
  virtual_simulation: [html, { format: 'zip', mimeTypes: ['application/zip', 'application/x-zip-compressed'] }],
  textbook_chapter: [pdf, office],
};

export type ContentCheck = { ok: true; format: SniffedFormat } | { ok: false; code: 'UPLOAD_EXECUTABLE_REFUSED' | 'UPLOAD_TYPE_NOT_ALLOWED' | 'UPLOAD_CONTENT_MISMATCH'; format: SniffedFormat };

/** Is the declared MIME type one this resource type may hold (checked before any byte arrives)? */
export function isMimeAllowed(type: ResourceType, mimeType: string): boolean {
  return acceptedFormats[type].some((accepted) => accepted.mimeTypes.includes(mimeType.toLowerCase()));
}

/** Checks the first bytes against the declared MIME type and the resource type. */
export function checkContent(type: ResourceType, declaredMime: string, head: Uint8Array): ContentCheck {
  const format = sniffFormat(head);
  if (format === 'executable') return { ok: false, code: 'UPLOAD_EXECUTABLE_REFUSED', format };
  const mime = declaredMime.toLowerCase();
  const declared = acceptedFormats[type].find((accepted) => accepted.mimeTypes.includes(mime));
  if (!declared) return { ok: false, code: 'UPLOAD_TYPE_NOT_ALLOWED', format };
  if (declared.format !== format) return { ok: false, code: 'UPLOAD_CONTENT_MISMATCH', format };
  return { ok: true, format };
}

import type { ResourceType } from '../../../../shared/contracts/learning/resources.js';

const MB = 1024 * 1024;

/** Largest file each resource type may hold. */
export const sizeLimits: Record<ResourceType, number> = {
  document: 100 * MB,
  video: 2048 * MB,
  audio: 200 * MB,
  image: 20 * MB,
  h5: 20 * MB,
  exercise_set: 10 * MB,
  virtual_simulation: 500 * MB,
  textbook_chapter: 200 * MB,
};

/** "20 MB", "2 GB": how a limit is named in an error message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB && bytes % (1024 * MB) === 0) return `${bytes / (1024 * MB)} GB`;
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} B`;
}

/** How the browser should show a stored format. */
export type PreviewKind = 'pdf' | 'video' | 'audio' | 'image' | 'h5' | 'download';

export function previewKindOf(mimeType: string): PreviewKind {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType.startsWith('video/')) return 'video';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType === 'text/html') return 'h5';
  return 'download';
}

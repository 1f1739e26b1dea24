import type { LanguageMap } from '../../../../shared/contracts/lrs/statement-browse.js';

/** The entry of a language map for the interface language (zh-CN, then zh-*, en-*, any). */
export function pickLanguageText(map: LanguageMap | null | undefined, locale: string): string | undefined {
  if (!map) return undefined;
  const tags = Object.keys(map);
  const primary = locale.split('-')[0] ?? locale;
  const tag =
    tags.find((candidate) => candidate.toLowerCase() === locale.toLowerCase()) ??
    tags.find((candidate) => candidate.toLowerCase().split('-')[0] === primary) ??
    tags.find((candidate) => candidate.toLowerCase().startsWith('en')) ??
    tags[0];
  return tag === undefined ? undefined : map[tag];
}

/** A short label for an IRI when nothing better is known: its last path segment. */
export function iriTail(iri: string): string {
  const trimmed = iri.replace(/[/#]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
  return cut >= 0 && cut < trimmed.length - 1 ? trimmed.slice(cut + 1) : iri;
}

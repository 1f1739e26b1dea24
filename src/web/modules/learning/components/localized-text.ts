/** The text in the reader's language, else Chinese, else English, else any language that has one. */
export function localizedText(text: Record<string, string>, locale: string): string {
  return text[locale] || text['zh-CN'] || text.en || Object.values(text).find((value) => value.length > 0) || '';
}

/** Splits "a, b、c，d" into trimmed non-empty parts. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,，、\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

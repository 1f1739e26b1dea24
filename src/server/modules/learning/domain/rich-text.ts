/**
 * Chapter content is rich text from an editor; it is rebuilt from an allowlist before it is
 * stored, so what the reader renders can never run script: tags outside the list are dropped
 * (script, style, iframe, object and template with their content), every attribute except
 * a safe href/src/alt/title is dropped, URLs must be http(s), relative or #anchors, and text
 * is escaped. The output contains only tags this function wrote.
 */
const allowedTags = new Set(['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'figure', 'figcaption']);
const voidTags = new Set(['br', 'img', 'hr']);
const droppedWithContent = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'textarea', 'select']);
const attributesByTag: Record<string, readonly string[]> = { a: ['href', 'title'], img: ['src', 'alt', 'title'] };

const escapeText = (text: string) => text.replace(/&(?!(?:[a-zA-Z]{2,10}|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);?/g, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_match, digits: string) => String.fromCodePoint(Number(digits) % 0x110000))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
}

export function isSafeUrl(url: string): boolean {
  // control characters and whitespace inside a scheme ("java\nscript:") are removed before the check
  const normalized = [...decodeEntities(url)]
    .filter((char) => (char.codePointAt(0) ?? 0) > 0x20 && char !== '\u007f')
    .join('')
    .toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:/.test(normalized)) return normalized.startsWith('http:') || normalized.startsWith('https:');
  return !normalized.startsWith('//');
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function openingTag(tag: string, attributeSource: string): string {
  const kept: string[] = [];
  const attributes = parseAttributes(attributeSource);
  for (const name of attributesByTag[tag] ?? []) {
    const value = attributes.get(name);
    if (value === undefined) continue;
    if ((name === 'href' || name === 'src') && !isSafeUrl(value)) continue;
    kept.push(`${name}="${escapeAttribute(decodeEntities(value))}"`);
  }
  if (tag === 'a' && kept.some((attribute) => attribute.startsWith('href='))) kept.push('rel="noopener noreferrer"');
  return `<${tag}${kept.length > 0 ? ` ${kept.join(' ')}` : ''}>`;
}

export function sanitizeRichText(html: string): string {
  const output: string[] = [];
  const open: string[] = [];
  let skipping: string | undefined;
  const tokens = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<|[^<]+/g;
  for (const match of html.matchAll(tokens)) {
    const [text, slash, rawTag, attributeSource] = match;
    if (rawTag === undefined) {
      // comments, doctypes, processing instructions vanish; a stray "<" and plain text are escaped
      if (skipping === undefined && !text.startsWith('<!') && !text.startsWith('<?')) output.push(escapeText(text));
      continue;
    }
    const tag = rawTag.toLowerCase();
    const isClosing = slash === '/';
    if (skipping !== undefined) {
      if (isClosing && tag === skipping) skipping = undefined;
      continue;
    }
    if (droppedWithContent.has(tag)) {
      if (!isClosing && !(attributeSource ?? '').trim().endsWith('/')) skipping = tag;
      continue;
    }
    if (!allowedTags.has(tag)) continue;
    if (voidTags.has(tag)) {
      if (!isClosing) output.push(openingTag(tag, attributeSource ?? ''));
      continue;
    }
    if (!isClosing) {
      output.push(openingTag(tag, attributeSource ?? ''));
      open.push(tag);
      continue;
    }
    const index = open.lastIndexOf(tag);
    if (index === -1) continue;
    // close whatever was left open inside, so the markup stays balanced
    while (open.length > index) output.push(`</${open.pop() ?? tag}>`);
  }
  while (open.length > 0) output.push(`</${open.pop() ?? ''}>`);
  return output.join('');
}

/** Plain text of sanitized content (search body, previews). */
export function richTextToPlain(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
    .replace(/\s+/g, ' ')
    .trim();
}

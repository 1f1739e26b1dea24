import type { SnippetPart } from '../../../../shared/contracts/learning/search.js';

export type HighlightedTextProps = { parts: readonly SnippetPart[] };

/** Search matches as <mark>, everything as text (never HTML from the server). */
export function HighlightedText({ parts }: HighlightedTextProps) {
  return (
    <>
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} style={{ padding: 0, background: '#ffe58f' }}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

import { describe, expect, it } from 'vitest';
import { isSafeUrl, richTextToPlain, sanitizeRichText } from './rich-text.js';

describe('chapter rich text', () => {
  it('keeps headings, lists, emphasis and safe links', () => {
    expect(sanitizeRichText('<h2>数控车削</h2><p>先<strong>对刀</strong>，再<a href="https://example.org/g" target="_blank">编程</a>。</p><ul><li>G00</li></ul>')).toBe(
      '<h2>数控车削</h2><p>先<strong>对刀</strong>，再<a href="https://example.org/g" rel="noopener noreferrer">编程</a>。</p><ul><li>G00</li></ul>',
    );
  });

  it('drops script, style and iframe with their content, and event-handler attributes', () => {
    const dirty = '<p onclick="steal()">a<script>alert(1)</script>b<style>p{}</style><iframe src="x"></iframe></p><img src="x.png" onerror="alert(1)" alt="图">';
    expect(sanitizeRichText(dirty)).toBe('<p>ab</p><img src="x.png" alt="图">');
  });

  it('refuses javascript and data URLs however they are disguised', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'javascript&colon;alert(1)', '&#106;avascript:alert(1)', 'data:text/html,<b>', '//evil.example']) {
      expect(isSafeUrl(href)).toBe(false);
      expect(sanitizeRichText(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
    }
    expect(isSafeUrl('/learning/resources/1')).toBe(true);
    expect(isSafeUrl('#section-2')).toBe(true);
  });

  it('escapes stray brackets, removes comments and balances unclosed tags', () => {
    expect(sanitizeRichText('1 < 2 <!-- <script>x</script> --> <em>open')).toBe('1 &lt; 2  <em>open</em>');
    expect(sanitizeRichText('<p>"quoted" & done</p></div>')).toBe('<p>"quoted" &amp; done</p>');
    expect(sanitizeRichText('<scr<script>ipt>alert(1)</script>')).not.toContain('<script');
  });

  it('gives plain text for the search body', () => {
    expect(richTextToPlain('<h2>G 代码</h2><p>1 &lt; 2 &amp; 3</p>')).toBe('G 代码 1 < 2 & 3');
  });
});

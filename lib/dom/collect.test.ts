// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './collect';

function texts(html: string): string[] {
  document.body.innerHTML = html;
  return [...collectBlocks(document.body)].map((b) => b.text.replace(/\s+/g, ' ').trim());
}

describe('collectBlocks', () => {
  it('joins text across inline elements into one block per paragraph', () => {
    expect(texts('<p>Talks with <a href="#">Scott</a> <b>Bessent</b> began.</p><p>Second.</p>')).toEqual([
      'Talks with Scott Bessent began.',
      'Second.',
    ]);
  });

  it('keeps text around a nested block apart', () => {
    expect(texts('<div>Before<p>Inside</p>After</div>')).toEqual(['Before', 'Inside', 'After']);
  });

  it('skips code, scripts, form fields, editable and hidden content', () => {
    const html = `
      <p>Visible text.</p>
      <script>var name = "Scott Bessent";</script>
      <style>.x{}</style>
      <pre>Scott Bessent</pre><code>Rachel Reeves</code>
      <textarea>Scott Bessent</textarea>
      <div contenteditable="true">Scott Bessent in a comment box</div>
      <div hidden>Hidden Bessent</div>
      <div aria-hidden="true">Decorative Bessent</div>
      <div style="display:none">Invisible Bessent</div>
      <div role="textbox">Typed Bessent</div>
      <div contenteditable="plaintext-only">Typed Bessent</div>
      <svg><text>Bessent</text></svg>`;
    expect(texts(html)).toEqual(['Visible text.']);
  });

  it('gives page-made look-alikes of old marks no meaning: their text is text', () => {
    expect(texts('<p>Said <span data-ps-entity="x&quot;]" data-ps-mention=\'x"]\'>Bessent</span> today.</p>')).toEqual([
      'Said Bessent today.',
    ]);
  });

  it('maps block offsets back to text nodes', () => {
    document.body.innerHTML = '<p>Met <i>Rachel</i> Reeves</p>';
    const [block] = [...collectBlocks(document.body)];
    expect(block!.nodes.map((n) => n.data)).toEqual(['Met ', 'Rachel', ' Reeves']);
    expect(block!.starts).toEqual([0, 4, 10]);
  });

  it('treats a line break as a separator, not a join', () => {
    expect(texts('<p>Scott<br>Bessent</p>')).toEqual(['Scott Bessent']);
    document.body.innerHTML = '<p>Scott<br>Bessent</p>';
    expect([...collectBlocks(document.body)][0]!.text).toBe('Scott\nBessent');
  });
});

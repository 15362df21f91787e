// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageScheme } from './scheme';

function pageWith(html: string): Element {
  document.body.innerHTML = html;
  return document.getElementById('target')!;
}

describe('pageScheme', () => {
  it('reads a dark background from an ancestor', () => {
    expect(pageScheme(pageWith('<div style="background-color: rgb(20, 20, 24)"><p><span id="target">x</span></p></div>'))).toBe('dark');
  });
  it('reads a light background', () => {
    expect(pageScheme(pageWith('<div style="background-color: rgb(250, 250, 245)"><span id="target">x</span></div>'))).toBe('light');
  });
  it('skips transparent layers to the first opaque one', () => {
    const el = pageWith(
      '<div style="background-color: rgb(0, 0, 0)"><div style="background-color: rgba(255, 255, 255, 0.1)"><span id="target">x</span></div></div>',
    );
    expect(pageScheme(el)).toBe('dark');
  });
  it('is light on a page that sets no background, whatever the system prefers', () => {
    const dark = window.matchMedia;
    window.matchMedia = ((q: string) => ({ matches: q.includes('dark') })) as unknown as typeof window.matchMedia;
    try {
      expect(pageScheme(pageWith('<p><span id="target">x</span></p>'))).toBe('light');
    } finally {
      window.matchMedia = dark;
    }
  });
});

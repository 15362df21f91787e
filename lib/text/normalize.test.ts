import { describe, expect, it } from 'vitest';
import { isWordCode, normalize, normalizeText } from './normalize';

/** The original substring a normalized range [s, e) came from. */
function original(text: string, s: number, e: number): string {
  const { map } = normalizeText(text);
  return text.slice(map[s], map[e]);
}

describe('normalize', () => {
  it('folds case and diacritics', () => {
    expect(normalize('François-Philippe CHAMPAGNE')).toBe('francois-philippe champagne');
    expect(normalize('Ångström Ærø Łódź')).toBe('angstrom aero lodz');
  });

  it('expands letters that have no base form', () => {
    expect(normalize('Straße')).toBe('strasse');
    expect(normalize('Œuvre')).toBe('oeuvre');
  });

  it('maps typographic apostrophes, quotes and dashes to ASCII', () => {
    expect(normalize('Bessent’s ‘plan’')).toBe("bessent's 'plan'");
    expect(normalize('“rare‐earth” – a—b − c')).toBe('"rare-earth" - a-b - c');
  });

  it('collapses NBSP, line breaks and runs of whitespace to one space', () => {
    expect(normalize('Scott\u00a0Bessent')).toBe('scott bessent');
    expect(normalize('Scott \n\t  Bessent')).toBe('scott bessent');
    expect(normalize('Scott\u2009\u200b Bessent')).toBe('scott bessent');
  });

  it('drops soft hyphens, zero-width characters and combining marks', () => {
    expect(normalize('Bes\u00adsent')).toBe('bessent');
    expect(normalize('Be\u200bssent')).toBe('bessent');
    expect(normalize('Cafe\u0301')).toBe('cafe');
  });

  it('maps normalized ranges back to the original text', () => {
    const text = 'Minister  François‑Philippe Champagne’s plan';
    const n = normalize(text);
    const s = n.indexOf('francois');
    const e = n.indexOf("'s");
    expect(original(text, s, e)).toBe('François‑Philippe Champagne');
  });

  it('keeps the map right across expansions and deletions', () => {
    const text = 'Die Straße\u00ad führt';
    const n = normalize(text);
    expect(n).toBe('die strasse fuhrt');
    expect(original(text, n.indexOf('strasse'), n.indexOf('strasse') + 7)).toBe('Straße\u00ad');
    expect(original(text, n.indexOf('fuhrt'), n.length)).toBe('führt');
  });

  it('reuses buffers without leaking earlier text', () => {
    const reuse = normalizeText('a long first text that fills the buffer');
    const second = normalizeText('Short', reuse);
    expect(second.length).toBe(5);
    expect(String.fromCharCode(...second.codes.subarray(0, second.length))).toBe('short');
    expect(second.map[second.length]).toBe(5);
  });

  it('grows buffers for long expansions', () => {
    const text = 'ß'.repeat(50);
    expect(normalize(text)).toBe('ss'.repeat(50));
  });

  it('gives the same strings for short and long texts, in any order', () => {
    const short = 'Rachel  REEVES’s';
    const long = 'Straße '.repeat(1000); // over the shared buffer's size, and longer once expanded
    expect(normalize(short)).toBe("rachel reeves's");
    expect(normalize(long)).toBe('strasse '.repeat(1000));
    expect(normalize('ß'.repeat(4000))).toBe('ss'.repeat(4000)); // short, but expands past the buffer
    expect(normalize(short)).toBe("rachel reeves's");
  });

  it('tells word characters from separators', () => {
    const word = (s: string) => isWordCode(s.charCodeAt(0));
    expect(['a', 'z', '0', 'я', '中'].every(word)).toBe(true);
    expect([' ', "'", '-', '.', '"', '«', '…'].some(word)).toBe(false);
  });
});

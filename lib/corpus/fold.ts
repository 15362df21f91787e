/** "François" → "Francois", curly apostrophes straight: news pages drop accents that releases keep, and the reverse. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'");
}

// Whether the page shows dark or light where an element sits, so the popover matches it.

function parseRgb(color: string): [number, number, number, number] | null {
  const m = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The first opaque background behind `element` decides. With none, the page shows the browser's
 * canvas: white, unless the page opts into dark (color-scheme) and the reader prefers dark.
 */
export function pageScheme(element: Element): 'light' | 'dark' {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node && view; node = node.parentElement) {
    const rgba = parseRgb(view.getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  const optsIn = /dark/.test(view?.getComputedStyle(element.ownerDocument.documentElement).colorScheme ?? '');
  return optsIn && view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

// The one place that touches the CSS Custom Highlight API: marks are ranges painted by the
// browser, so no node of the page is moved, split or given an attribute. Everything else in
// lib/dom works against `Highlighter`, which unit tests replace (happy-dom has no highlights).

/** Paints ranges; the stylesheet is added with the first range, never before. */
export interface Highlighter {
  add(range: Range): void;
  remove(range: Range): void;
  clear(): void;
}

const NAME = 'primary-source';

/** Quiet marks that inherit the page's type: a dotted underline in the text's own colour. */
const MARK_CSS = `::highlight(${NAME}) { text-decoration: underline dotted 1px; text-underline-offset: 0.18em; }`;

interface HighlightCtor {
  new (...ranges: Range[]): Set<Range>;
}

/** A highlighter for `doc`, or null where the browser lacks the API (nothing is marked then). */
export function cssHighlighter(doc: Document): Highlighter | null {
  const view = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Map<string, Set<Range>> } }) | null;
  const registry = view?.CSS?.highlights;
  const Ctor = view?.Highlight;
  if (!registry || !Ctor) return null;
  let highlight: Set<Range> | undefined;
  let sheet: CSSStyleSheet | undefined;
  return {
    add(range) {
      if (!highlight || !sheet) {
        highlight = new Ctor();
        // Adopted, not a <style> element: no node in the page, and strict CSP allows it.
        const added = new CSSStyleSheet();
        added.replaceSync(MARK_CSS);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, added];
        sheet = added;
      }
      // The page may have cleared the registry: registering again is harmless.
      if (registry.get(NAME) !== highlight) registry.set(NAME, highlight);
      highlight.add(range);
    },
    remove(range) {
      highlight?.delete(range);
    },
    /** Removes every mark and our stylesheet: the page is as it was. */
    clear() {
      if (registry.get(NAME) === highlight) registry.delete(NAME);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      highlight = sheet = undefined;
    },
  };
}

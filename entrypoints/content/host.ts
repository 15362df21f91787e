// Our one element in the page: appended to <html>, outside the page's content, with a closed
// shadow root so the page's scripts cannot reach what we show and its CSS cannot restyle it.
// Created only once something is marked.
export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

export function createUiHost(doc: Document, css: string): UiHost {
  const host = doc.createElement('primary-source');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  // Takes no room and no part in the page's layout; its content is position: fixed.
  host.style.cssText =
    'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;';
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

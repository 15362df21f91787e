// Right-click on selected text: "Search Primary Source for '…'" opens the popup's search with
// it, as a tab (an extension cannot open its toolbar popup from a menu click in every browser).
export const MENU_ID = 'primary-source-search';

/** The popup page's search for `text`, trimmed to what a query needs. */
export function searchPagePath(text: string): string {
  const query = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return `/popup.html?q=${encodeURIComponent(query)}`;
}

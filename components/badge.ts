// The toolbar button's tooltip: says what the badge's number counts.
export function badgeTitle(matches: number): string {
  if (matches === 0) return 'Primary Source';
  return `Primary Source: ${matches} Treasury ${matches === 1 ? 'release matches' : 'releases match'} this page`;
}

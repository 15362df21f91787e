// Tell-tales of news about something no Treasury release records, however Treasury-like its
// subject: a post on social media, a television interview, another agency's action, another
// government's statement, a market report. Each is a general signal read from the page's text;
// ranking then asks for evidence of the event itself (quotes, amounts, the day) before it
// links confidently (lib/ranking/confidence.ts).

export type Telltale = 'social' | 'broadcast' | 'other-agency' | 'other-government' | 'market';

const SOCIAL =
  /\b(?:(?:posted|wrote|said|announced|tweeted|shared)\s+(?:\w+\s+){0,3}?on\s+(?:X|Twitter|Truth Social|Facebook|Instagram|Threads|TikTok|social media)\b|(?:a|his|her|in a|the)\s+(?:social media\s+)?post\s+on\s+(?:X|Twitter|Truth Social)\b|Truth Social\b)/;
const BROADCAST =
  /\b(?:(?:told|said on|speaking on|appearing on|in an interview (?:with|on))\s+(?:\w+\s+){0,2}?(?:CNBC|Fox|CNN|MSNBC|Bloomberg Television|Bloomberg TV|ABC|CBS|NBC|PBS|BBC|Sky News|Squawk Box|Face the Nation|Meet the Press)\b|(?:CNBC|Fox Business|Fox News|CNN|MSNBC)(?:'s|’s)?\s+["“]?[A-Z][\w ]{2,30}["”]?\s+(?:interview|program|show)|television interview|TV interview)/;
/** Another agency as the actor: "the CFTC announced", "Commerce's Bureau of Industry and Security issued". */
const OTHER_AGENCY =
  /\b(?:CFTC|Commodity Futures Trading Commission|Securities and Exchange Commission|SEC|Bureau of Industry and Security|BIS|Commerce Department|Department of Commerce|Federal Reserve|Fed|FDIC|OCC|Justice Department|Department of Justice|IRS|Internal Revenue Service|State Department|Department of State)\b/g;
const TREASURY =
  /\b(?:U\.?S\.? Treasury|Treasury Department|Department of the Treasury|Treasury Secretary|Treasury(?! (?:yields?|notes?|bonds?|bills?|securities|market|prices|rall(?:y|ied)|curve|auctions?|futures|debt))|OFAC|FinCEN|Office of Foreign Assets Control)\b/g;
/** Another government's finance ministry speaking: "HM Treasury", "the Chancellor's Spring Statement". */
const OTHER_GOVERNMENT =
  /\b(?:HM Treasury|Spring Statement|Autumn Statement|Autumn Budget|Office for Budget Responsibility|[Ff]inance [Mm]inistry (?:said|announced|statement)|Ministry of Finance (?:said|announced))\b/;
const MARKET =
  /\b(?:(?:10|two|2|30|five|5)-year (?:Treasury )?(?:yield|note)s?|yields? (?:rose|fell|climbed|dropped|slipped|edged|jumped)|basis points?|bond market|stocks? (?:rose|fell))\b/gi;

const count = (re: RegExp, text: string) => [...text.matchAll(re)].length;

export function telltales(text: string): Telltale[] {
  const out: Telltale[] = [];
  if (SOCIAL.test(text)) out.push('social');
  if (BROADCAST.test(text)) out.push('broadcast');
  const treasury = count(TREASURY, text);
  if (count(OTHER_AGENCY, text) > treasury) out.push('other-agency');
  if (OTHER_GOVERNMENT.test(text)) out.push('other-government');
  if (count(MARKET, text) >= 2) out.push('market');
  return out;
}

// A small invented index for the ranking tests: a minerals ministerial, other releases naming
// the same Secretary, and two sanctions actions against the same cartel. Counts and document
// frequencies are set at the scale of the real corpus (~15,000 releases) so weights behave alike.
import type { Entity, Release } from '../release/types';
import { releaseShingles } from './evidence';
import { MemorySource } from './source';

/** A sentence the ministerial release says and news about it quotes. */
export const MINISTERIAL_QUOTE =
  'Secretary Alma Quist said the group wanted derisking, not decoupling, and pressed for resilient processing capacity.';

const DOC_COUNT = 15_000;

const person = (id: string, name: string, releaseCount: number, title?: string): Entity => ({
  id,
  type: 'person',
  name,
  aliases: [name],
  surname: name.split(' ').pop(),
  highlight: true,
  releaseCount,
  ...(title ? { roles: [{ title, from: 2025, to: 2026 }] } : {}),
});

export const entities: Entity[] = [
  person('person:alma-quist', 'Alma Quist', 420, 'Secretary of the Treasury'),
  person('person:rowan-teague', 'Rowan Teague', 9, 'Chancellor'),
  person('person:ines-marlow', 'Ines Marlow', 6, 'Treasurer'),
  person('person:kenji-oda', 'Kenji Oda', 1, 'Minister of Finance'),
  {
    id: 'topic:critical-minerals',
    type: 'topic',
    name: 'Critical minerals',
    aliases: ['critical minerals'],
    highlight: true,
    releaseCount: 70,
  },
  { id: 'topic:sanctions', type: 'topic', name: 'Sanctions', aliases: ['sanctions'], highlight: false, releaseCount: 4200 },
  { id: 'topic:tariffs', type: 'topic', name: 'Tariffs', aliases: ['tariffs'], highlight: true, releaseCount: 150 },
  {
    id: 'org:red-delta-cartel',
    type: 'designated-organization',
    name: 'Red Delta Cartel',
    aliases: ['Red Delta Cartel'],
    highlight: true,
    releaseCount: 7,
  },
];

const release = (r: Partial<Release> & Pick<Release, 'id' | 'date' | 'title'>): Release => ({
  url: `https://home.treasury.gov/news/press-releases/${r.id}`,
  kind: 'press-release',
  people: [],
  orgs: [],
  topics: [],
  terms: [],
  ...r,
});

export const releases: Release[] = [
  release({
    id: 'xq0101',
    date: '2026-01-12',
    title: 'Secretary Quist Hosts Finance Ministers on Mineral Supply Chains',
    people: [
      { id: 'person:alma-quist' },
      { id: 'person:rowan-teague', country: 'Northland' },
      { id: 'person:ines-marlow', country: 'Southland' },
      { id: 'person:kenji-oda', country: 'Eastland' },
    ],
    topics: ['topic:critical-minerals'],
    terms: ['quist', 'ministerial', 'mineral', 'supply', 'chain', 'derisking', 'processing', 'resilient'],
    lede: 'Secretary Alma Quist hosted finance ministers on mineral supply chains.',
    shingles: releaseShingles([[MINISTERIAL_QUOTE]])[0],
  }),
  release({
    id: 'xq0099',
    date: '2026-01-09',
    title: 'Secretary Quist Remarks at the Harbor Economic Club',
    people: [{ id: 'person:alma-quist' }],
    terms: ['club', 'growth', 'deregulation', 'housing'],
    kind: 'statement',
  }),
  release({
    id: 'xq0100',
    date: '2026-01-10',
    title: 'Statement by Secretary Quist on Tariff Talks',
    people: [{ id: 'person:alma-quist' }],
    topics: ['topic:tariffs'],
    terms: ['tariff', 'negotiation', 'deficit'],
    kind: 'statement',
  }),
  release({
    id: 'xq0050',
    date: '2025-10-02',
    title: 'Readout: Secretary Quist Meets Chancellor Teague',
    people: [{ id: 'person:alma-quist' }, { id: 'person:rowan-teague' }],
    terms: ['bilateral', 'trade', 'growth'],
    kind: 'readout',
  }),
  release({
    id: 'xq0040',
    date: '2025-03-10',
    title: 'Treasury Sanctions Red Delta Cartel Money Laundering Network',
    orgs: ['org:red-delta-cartel'],
    topics: ['topic:sanctions'],
    terms: ['laundering', 'fentanyl', 'accountant', 'shell'],
  }),
  release({
    id: 'xq0098',
    date: '2026-01-05',
    title: 'Treasury Sanctions Red Delta Cartel Timeshare Fraud Ring',
    orgs: ['org:red-delta-cartel'],
    topics: ['topic:sanctions'],
    terms: ['timeshare', 'fraud', 'call', 'retiree'],
  }),
  // The newest release (the index's horizon), naming nothing the pages name.
  release({ id: 'xq0120', date: '2026-01-20', title: 'Treasury Announces Auction Schedule', terms: ['auction'] }),
];

/** Corpus-wide document frequencies for every term above, plus common page words. */
export const df: Record<string, number> = {
  ministerial: 180,
  mineral: 260,
  supply: 900,
  chain: 700,
  derisking: 6,
  processing: 500,
  resilient: 350,
  club: 60,
  growth: 3100,
  deregulation: 120,
  housing: 1300,
  tariff: 600,
  negotiation: 900,
  deficit: 800,
  bilateral: 1100,
  trade: 3500,
  laundering: 1500,
  fentanyl: 210,
  accountant: 90,
  shell: 160,
  timeshare: 12,
  fraud: 1600,
  call: 900,
  retiree: 160,
  quist: 300,
  auction: 2400,
  minister: 2600,
  finance: 6000,
  meeting: 5200,
  treasury: 13000,
  secretary: 9000,
  cartel: 420,
  sanction: 4300,
  match: 300,
  season: 150,
  goal: 1200,
  team: 1000,
};

export const source = () => new MemorySource(releases, entities, df, DOC_COUNT);
export const vocabulary = new Set(Object.keys(df));

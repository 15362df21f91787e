import { describe, expect, it } from 'vitest';
import type { Entity } from '../release/types';
import { buildOrgs } from './orgs';

const release = (id: string, text: string) => ({ id, title: 'Treasury Sanctions Smuggling Network', date: '2025-03-04', text });

const official = (name: string): Entity => ({
  id: `person:${name.toLowerCase().replace(/ /g, '-')}`,
  type: 'person',
  name,
  aliases: [name],
  surname: name.split(' ').pop(),
  highlight: true,
  releaseCount: 3,
});

describe('buildOrgs', () => {
  const releases = [
    release('zz0201', 'OFAC designated Tobias Kerrow Lindqvist (Kerrow), a broker, and Anselm Varga Dunmore (Varga).'),
    release('zz0202', 'OFAC designated Ramiro Ostend Vallejo (Ostend Vallejo) and Corvina Lines Limited (Corvina).'),
  ];
  const aliasesOf = (name: string, people: Entity[] = []) => buildOrgs(releases, people).entities.find((e) => e.name === name)?.aliases;

  it('knows a sanctioned person by the name in use when the release’s short form ends it sooner', () => {
    const kerrow = buildOrgs(releases).entities.find((e) => e.name === 'Tobias Kerrow Lindqvist');
    expect(kerrow).toMatchObject({ type: 'designated-person', surname: 'Kerrow', aliases: ['Tobias Kerrow Lindqvist', 'Tobias Kerrow'] });
    // A short form that ends the name adds nothing: the full name is the name in use.
    expect(aliasesOf('Ramiro Ostend Vallejo')).toEqual(['Ramiro Ostend Vallejo']);
  });

  it('does not take a name in use that is part of another person’s name', () => {
    // An official named Anselm Varga: "Anselm Varga" would be him as much as the broker.
    expect(aliasesOf('Anselm Varga Dunmore', [official('Anselm Varga')])).toEqual(['Anselm Varga Dunmore']);
    expect(aliasesOf('Anselm Varga Dunmore')).toEqual(['Anselm Varga Dunmore', 'Anselm Varga']);
  });
});

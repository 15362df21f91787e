import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse';
import { extractPeople, isTitleCase } from './people';

function textOf(path: string): string {
  const r = parseRelease(path, readFileSync(new URL(`./fixtures/corpus/news/${path}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error.reason);
  return r.release.text;
}

const brief = (text: string) => extractPeople(text).map((m) => [m.name, m.role, m.country ?? '']);

describe('extractPeople', () => {
  it('finds all fifteen people of a ministerial list, each with the role and country given there', () => {
    const people = brief(textOf('press-releases/2025-11-03-zz0100.md'));
    expect(people).toEqual([
      ['Marian Q. Holloway', 'Secretary of the Treasury', 'United States'],
      ['Dean Cartwright', 'Treasurer', 'Australia'],
      ['Élodie Marchetti-Roy', 'Minister of Finance', 'Canada'],
      ['Aivars Liepins', 'Commissioner for Economy and Productivity, Implementation and Simplification', 'European Union'],
      ['Bastien Laurent', 'Minister of the Economy, Finance, and Energy', 'France'],
      ['Jonas Wendt', 'Vice Chancellor and Federal Minister of Finance', 'Germany'],
      ['Rohan Mehrotra', 'Union Minister for Railway, Information & Broadcasting, Electronics & Information Technology', 'India'],
      ['Paolo Benedetti', 'Minister of Economy and Finance', 'Italy'],
      ['Aiko Tsukamoto', 'Minister of Finance', 'Japan'],
      ['Rodrigo Zubieta Ibarra', 'Secretary of Finance and Public Credit', 'Mexico'],
      ['Min-jun Seo', 'Deputy Prime Minister and Minister of Economy and Finance', 'South Korea'],
      ['Harriet Snow', 'Chancellor of the Exchequer', 'United Kingdom'],
      ['Colin Ashby', 'U.S. Trade Representative', 'United States'],
      ['Martin Okafor', 'President and Chairman of the Export-Import Bank', 'United States'],
      ['Lena Voss', 'Managing Director', ''],
    ]);
  });

  it('reads a title before the name, with a demonym for the country', () => {
    expect(brief('Secretary Vale met today with Japanese Finance Minister Aiko Tsukamoto in Tokyo.')).toEqual([
      ['Aiko Tsukamoto', 'Minister of Finance', 'Japan'],
    ]);
    expect(brief('said Chancellor of the Exchequer Harriet Snow of the United Kingdom.')).toEqual([
      ['Harriet Snow', 'Chancellor of the Exchequer', 'United Kingdom'],
    ]);
  });

  it('splits two officials joined by "and" and keeps suffixes', () => {
    expect(brief('joined by Treasury Counselor Ada Vale and Assistant Secretary for Tax Policy Henry B. Oakes, Jr. today')).toEqual([
      ['Ada Vale', 'Treasury Counselor', 'United States'],
      ['Henry B. Oakes, Jr.', 'Assistant Secretary for Tax Policy', 'United States'],
    ]);
  });

  it('gives the name to the title it is printed with: "Advisor to Secretary X" names the Secretary', () => {
    expect(brief('He was Senior Advisor to Treasury Secretary Ada Vale for two years.')).toEqual([
      ['Ada Vale', 'Secretary of the Treasury', 'United States'],
    ]);
    expect(brief('Thank you, Counselor to the Secretary Omar Beltran, for that.')).toEqual([
      ['Omar Beltran', 'Counselor to the Secretary', ''],
    ]);
  });

  it('gives a name to the title it serves: "Director for Chairman X" names the Chairman', () => {
    expect(
      brief('Before that, he served as the Deputy Policy Director on the Banking Committee for Chairman Ada Vale, and as an advisor.'),
    ).toEqual([['Ada Vale', 'Chairman', '']]);
  });

  it('reads party and chamber leaders, and drops religious honorifics', () => {
    expect(brief('She spoke with Senate Majority Leader Ada Vale and Democratic Leader Omar Beltran.')).toEqual([
      ['Ada Vale', 'Senate Majority Leader', ''],
      ['Omar Beltran', 'Democratic Leader', ''],
    ]);
    expect(brief('The network funds the Supreme Leader, Ayatollah Ali Kesh Varani, and his office.')).toEqual([
      ['Ali Kesh Varani', 'Supreme Leader', ''],
    ]);
  });

  it('takes no title across a letter’s address block, where each title follows its name', () => {
    const letter = 'Identical letter sent to: The Honorable Ada Vale Republican Leader The Honorable Omar Beltran Democratic Leader';
    expect(brief(letter).filter(([name]) => name === 'Omar Beltran')).toEqual([]);
  });

  it('reads a name followed by its office, but not by a business title', () => {
    expect(brief('Today the Senate confirmed Ada Vale to be the Under Secretary for Domestic Finance.')).toEqual([
      ['Ada Vale', 'Under Secretary for Domestic Finance', 'United States'],
    ]);
    expect(brief('Signed by Omar Beltran, Minister of Finance of Chile, and others.')).toEqual([
      ['Omar Beltran', 'Minister of Finance', 'Chile'],
    ]);
    expect(brief('He met partners from Harlow Brandt, Chairman of the board, on Monday.')).toEqual([]);
    // The title after the comma has its own name: the place before it is no person.
    expect(brief('While in Harlow Springs, Secretary Vale will meet bankers.')).toEqual([]);
  });

  it('marks a former office, so it does not stretch the years of the role', () => {
    const [m] = extractPeople('remarks in which former Secretary of the Treasury Gordon P. Fairley praised it.');
    expect(m).toMatchObject({ name: 'Gordon P. Fairley', former: true });
  });

  it('does not take an organization or a headline for a person', () => {
    expect(brief('The President of Harbor Relief Trust, Omar Said Qadri, spoke.')).toEqual([]);
    expect(brief('Secretary Holloway Convenes Finance Ministerial on Securing Supply Chains')).toEqual([]);
    expect(brief('Under Secretary Holloway said the Deputy Secretary will travel.')).toEqual([]);
  });

  it('recognizes a headline by its capitals', () => {
    expect(isTitleCase('Secretary Holloway Convenes Finance Ministerial on Securing Supply Chains')).toBe(true);
    expect(isTitleCase('Secretary Holloway met the ministers and spoke about supply chains today.')).toBe(false);
  });
});

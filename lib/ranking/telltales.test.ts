import { describe, expect, it } from 'vitest';
import { telltales } from './telltales';

describe('telltales', () => {
  it('finds a post, an interview, another agency, another government and a market report', () => {
    expect(telltales('The Secretary wrote in a post on X that the senators had failed.')).toEqual(['social']);
    expect(telltales('The former Secretary told CNBC on Thursday he was assembling investors.')).toEqual(['broadcast']);
    expect(telltales('The CFTC announced a pilot. The CFTC said the pilot starts soon. Treasury was not involved.')).toEqual([
      'other-agency',
    ]);
    expect(telltales('The Chancellor set out the Spring Statement, and HM Treasury published forecasts.')).toEqual(['other-government']);
    expect(telltales('The 10-year Treasury yield fell, and yields dropped 5 basis points after the data.')).toEqual(['market']);
  });

  it('finds none in a report of a Treasury action, nor in a foreign minister at a Treasury meeting', () => {
    expect(telltales('The Treasury Department sanctioned 29 vessels on Thursday, OFAC said. The IRS was not involved.')).toEqual([]);
    expect(telltales('Treasury Secretary Vale hosted Chancellor of the Exchequer Ada Holm and other finance ministers.')).toEqual([]);
  });
});

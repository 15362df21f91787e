// Countries as releases name them ("of the Republic of Korea", "Japanese Finance Minister",
// "U.K. Chancellor"), folded to one canonical name so a person's roles group across releases.
// Each line: canonical | other names | demonyms. Reviewed by hand; add a line when a release
// names a country that is missing.
const TABLE = `
United States|U.S.|US|USA|United States of America|the United States|American
United Kingdom|U.K.|UK|Britain|Great Britain|the United Kingdom|British
Japan|Japanese
China|People's Republic of China|PRC|the People's Republic of China|Chinese
South Korea|Republic of Korea|the Republic of Korea|Korea|ROK|Korean|South Korean
North Korea|DPRK|Democratic People's Republic of Korea|North Korean
India|Republic of India|Indian
Canada|Canadian
Mexico|Mexican
Australia|Australian
Germany|Federal Republic of Germany|German
France|French
Italy|Italian
Spain|Spanish
Portugal|Portuguese
Netherlands|the Netherlands|Dutch
Belgium|Belgian
Luxembourg|Luxembourgish
Switzerland|Swiss
Austria|Austrian
Ireland|Irish
Sweden|Swedish
Norway|Norwegian
Denmark|Danish
Finland|Finnish
Iceland|Icelandic
Poland|Polish
Czech Republic|Czechia|Czech
Slovakia|Slovak
Hungary|Hungarian
Romania|Romanian
Bulgaria|Bulgarian
Greece|Greek
Cyprus|Cypriot
Malta|Maltese
Croatia|Croatian
Serbia|Serbian
Slovenia|Slovenian
Bosnia and Herzegovina|Bosnian
Albania|Albanian
Kosovo|Kosovar
Montenegro|Montenegrin
North Macedonia|Macedonia|Macedonian
Estonia|Estonian
Latvia|Latvian
Lithuania|Lithuanian
Ukraine|Ukrainian
Moldova|Moldovan
Belarus|Belarusian
Russia|Russian Federation|the Russian Federation|Russian
Georgia|Georgian
Armenia|Armenian
Azerbaijan|Azerbaijani
Kazakhstan|Kazakh|Kazakhstani
Uzbekistan|Uzbek
Kyrgyzstan|Kyrgyz Republic|Kyrgyz
Tajikistan|Tajik
Turkmenistan|Turkmen
Turkey|Türkiye|Republic of Turkey|Turkish
Israel|Israeli
Palestinian Authority|Palestine|Palestinian
Jordan|Hashemite Kingdom of Jordan|Jordanian
Lebanon|Lebanese
Syria|Syrian
Iraq|Iraqi
Iran|Islamic Republic of Iran|Iranian
Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Saudi Arabian
United Arab Emirates|UAE|U.A.E.|the United Arab Emirates|Emirati
Qatar|Qatari
Kuwait|Kuwaiti
Bahrain|Bahraini
Oman|Omani
Yemen|Yemeni
Egypt|Egyptian
Libya|Libyan
Tunisia|Tunisian
Algeria|Algerian
Morocco|Moroccan
Sudan|Sudanese
South Sudan|South Sudanese
Ethiopia|Ethiopian
Kenya|Kenyan
Tanzania|Tanzanian
Uganda|Ugandan
Rwanda|Rwandan
Somalia|Somali
Nigeria|Nigerian
Ghana|Ghanaian
Senegal|Senegalese
Cote d'Ivoire|Côte d'Ivoire|Ivory Coast|Ivorian
Cameroon|Cameroonian
Angola|Angolan
Zambia|Zambian
Zimbabwe|Zimbabwean
Mozambique|Mozambican
South Africa|South African
Botswana|Botswanan
Namibia|Namibian
Democratic Republic of the Congo|DRC|Congolese
Mali|Malian
Niger|Nigerien
Pakistan|Pakistani
Afghanistan|Afghan
Bangladesh|Bangladeshi
Sri Lanka|Sri Lankan
Nepal|Nepalese
Indonesia|Indonesian
Malaysia|Malaysian
Singapore|Singaporean
Thailand|Thai
Vietnam|Viet Nam|Vietnamese
Philippines|the Philippines|Philippine|Filipino
Cambodia|Cambodian
Laos|Lao
Burma|Myanmar|Burmese
Mongolia|Mongolian
Taiwan|Taiwanese
Hong Kong|Hong Kong SAR
New Zealand|New Zealander
Brazil|Brazilian
Argentina|Argentine|Argentinian
Chile|Chilean
Peru|Peruvian
Colombia|Colombian
Venezuela|Venezuelan
Ecuador|Ecuadorian
Bolivia|Bolivian
Paraguay|Paraguayan
Uruguay|Uruguayan
Panama|Panamanian
Costa Rica|Costa Rican
Nicaragua|Nicaraguan
Honduras|Honduran
El Salvador|Salvadoran
Guatemala|Guatemalan
Belize|Belizean
Cuba|Cuban
Haiti|Haitian
Dominican Republic|Dominican
Jamaica|Jamaican
Trinidad and Tobago|Trinidadian
Bahamas|the Bahamas|Bahamian
Barbados|Barbadian
European Union|EU|E.U.|the European Union|European Commission|the European Commission|European
`;

const BY_NAME = new Map<string, string>();
/** Names longest first, so "South Korea" wins over "Korea" in a scan. */
export const COUNTRY_NAMES: string[] = [];
for (const line of TABLE.trim().split('\n')) {
  const names = line.split('|');
  const canonical = names[0]!;
  for (const name of names) {
    BY_NAME.set(name.toLowerCase(), canonical);
    COUNTRY_NAMES.push(name);
  }
}
COUNTRY_NAMES.sort((a, b) => b.length - a.length || a.localeCompare(b));

/** "the Republic of Korea", "Korean", "U.K." → canonical country; undefined when not a country. */
export function canonicalCountry(name: string): string | undefined {
  const key = name.trim().replace(/[’]/g, "'").replace(/'s$/, '').toLowerCase();
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/^the /, ''));
}

// Builds src/rules/entities/gazetteer.json, the trimmed place list the entity tagger uses as a feature:
// country names in English and Indonesian (i18n-iso-countries, MIT), cities of 100,000+ people and every
// Indonesian city with their provinces/states (city-timezones, MIT); English and Indonesian first and last
// names (@faker-js/faker locale data, MIT). Only the names are shipped, sorted and deduplicated, never the
// packages.   npm run -s make:gazetteer
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { argsOrExit, readArgs } from '../lib/args';
import { ORG_NAMES } from './lib/org-names';

argsOrExit('make:gazetteer', 'Usage: npm run -s make:gazetteer   (writes src/rules/entities/gazetteer.json; no options)', (argv) => readArgs(argv, {}));

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(data: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
};
const { cityMapping } = require('city-timezones') as {
  cityMapping: Array<{ city: string; city_ascii: string; pop: number; iso2: string; province: string }>;
};

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/rules/entities/gazetteer.json');
const MIN_POP = 100_000;
const PROVINCE_COUNTRIES = new Set(['ID', 'US', 'MY', 'AU', 'CA', 'IN', 'PH', 'GB']);

// A usable name: Latin script, starts upper-case, at most 4 words, no parenthesised remarks.
function usable(name: string): boolean {
  return /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]*$/u.test(name) && name.split(/\s+/).length <= 4 && name.length >= 3;
}

// Place names that are also everyday words ("Itu" = "that", "Lima" = "five", "Nice", "Mobile"): as
// features they would fire on ordinary capitalised words, so they are left out.
const COMMON_WORDS = new Set(`anda itu ini lima surat kota gaya bursa republik mobile nice mary batu bima bangkok
  bandar banjar barat timur utara selatan tengah pasar raya kali muara sungai tanjung teluk pulau gunung bukit
  delta victoria george charlotte florence eugene austin jackson lincoln madison aurora orange reading bath
  split male marina laguna granada sale best hope union liberty normal independence concord opportunity
  paradise college university station central mission enterprise salem kent essex
  of the and`.split(/\s+/));

const places = new Set<string>();
const addPlace = (name: string) => {
  if (!COMMON_WORDS.has(name.toLowerCase())) places.add(name);
};
for (const lang of ['en', 'id']) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  for (const names of Object.values(countries.getNames(lang, { select: 'all' }))) {
    for (const n of names) if (usable(n)) addPlace(n.normalize('NFC'));
  }
}
// i18n-iso-countries has official and formal names ("Syrian Arab Republic", "United Kingdom of ..."), but
// news writes the short ones, continents and regions: the usual English and Indonesian forms.
const SHORT_PLACES = `Syria|Vatican|Vatican City|Brunei|Micronesia|Britain|UK|U.K.|US|U.S.|U.S.A.|America|Holland|Burma|Tiongkok
  Europe|Asia|Africa|Antarctica|Oceania|Latin America|South America|North America|Central America|Southeast Asia
  Scotland|England|Wales|Northern Ireland|Middle East|West Bank|Gaza|Gaza Strip|Kashmir|Siberia|Balkans|Caribbean
  Amerika|Inggris|Eropa|Asia Tenggara|Timur Tengah|Afrika|Skotlandia|Belanda|Jazirah Arab`;
for (const name of SHORT_PLACES.split(/\s*[|\n]\s*/)) addPlace(name);
for (const c of cityMapping) {
  if (c.pop >= MIN_POP || c.iso2 === 'ID') {
    if (usable(c.city)) addPlace(c.city.normalize('NFC'));
    if (usable(c.city_ascii)) addPlace(c.city_ascii);
  }
  if (PROVINCE_COUNTRIES.has(c.iso2) && usable(c.province)) addPlace(c.province.normalize('NFC'));
}

// Faker keeps names as { generic, female, male } lists (or a plain list).
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(names);
  return [];
}
const firstName = new Set<string>();
const lastName = new Set<string>();
for (const locale of ['en', 'en_US', 'en_GB', 'id_ID']) {
  const person = (allLocales as unknown as Record<string, { person?: { first_name?: unknown; last_name?: unknown } }>)[locale]?.person;
  for (const n of names(person?.first_name)) if (usable(n) && !n.includes(' ')) firstName.add(n);
  for (const n of names(person?.last_name)) if (usable(n) && !n.includes(' ')) lastName.add(n);
}

const sort = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const data = { firstName: sort(firstName), lastName: sort(lastName), place: sort(places), org: sort(ORG_NAMES) };
writeFileSync(OUT, `${JSON.stringify(data, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${data.place.length} places, ${data.org.length} organisations, ${data.firstName.length} first names, ${data.lastName.length} last names -> ${OUT}`);

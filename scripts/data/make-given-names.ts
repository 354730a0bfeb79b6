// Builds src/rules/entities/given-names.json: first names of the Latin-script languages the model was
// not trained on (Spanish, French, German, Italian, Portuguese, Dutch; @faker-js/faker locale data, MIT).
// The reading view uses them to read "Marta Lozano" as a person in a language the model does not know;
// the model's own features keep using gazetteer.json, so its weights do not change.
//   npm run -s make:given-names
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { argsOrExit, readArgs } from '../lib/args';

const LOCALES = ['es', 'fr', 'de', 'it', 'pt_BR', 'pt_PT', 'nl'];
argsOrExit('make:given-names', 'Usage: npm run -s make:given-names   (writes src/rules/entities/given-names.json; no options)', (argv) => readArgs(argv, {}));

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).flatMap(names);
  return [];
}

const out = new Set<string>();
for (const locale of LOCALES) {
  const person = (allLocales as unknown as Record<string, { person?: { first_name?: unknown } }>)[locale]?.person;
  for (const n of names(person?.first_name)) if (/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(n)) out.add(n.normalize('NFC'));
}
const list = [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(resolve('src/rules/entities/given-names.json'), `${JSON.stringify({ firstName: list }, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${list.length} first names`);

// HEURISTIC STAND-IN (replaced by the trained sequence model at merge): same signature, simple rules.
// Capitalised runs are names; cue words pick the type: an organisation word ("Badan", "Commission"),
// an acronym, a place word ("Street", "Gunung") or a place preposition in front ("di", "in"); a run
// after a role word is a person; otherwise several words are a person and one word a place.
import type { Tag } from './types';
import { ROLES } from '../../rules/entities';

const ORG_WORDS = new Set(['agency', 'asociación', 'association', 'ayuntamiento', 'badan', 'bakery', 'bank', 'bhd', 'chamber',
  'chantiers', 'cluster', 'coalition', 'commission', 'commodities', 'company', 'corp', 'council', 'department', 'dinas',
  'diputación', 'gobierno', 'hardware', 'hochschule', 'inc', 'jabatan', 'kantor', 'kementerian', 'koperasi', 'majlis',
  'ministry', 'partai', 'partners', 'pejabat', 'pemerintah', 'polres', 'pt', 'région', 'schule', 'sdn', 'union',
  'universitas', 'university']);
// Place words, compass words included ("Korea Utara", "Jawa Tengah", "North Carolina").
const PLACE_WORDS = new Set(['avenue', 'barat', 'east', 'gunung', 'jalan', 'kampung', 'nord', 'norte', 'north', 'pasar',
  'republic', 'republik', 'road', 'selatan', 'semenanjung', 'south', 'straße', 'street', 'sud', 'tengah', 'timur',
  'utara', 'west']);
// Names of days and holidays are not entities here.
const NOT_NAMES = new Set(['day', 'hari', 'jour', 'tag', 'día']);
// A person speaks or is spoken to: "Putin mengatakan", "kepada Kim", "Bell said".
const PERSON_NEXT = new Set(['berkata', 'kepada', 'mengatakan', 'menyatakan', 'said', 'says', 'told', 'sagte', 'dijo', 'déclare']);
const PERSON_BEFORE = new Set(['kepada', 'told']);
// Citing a source names an outlet: "Melansir Themoscowtimes", "mengutip Reuters".
const SOURCE_BEFORE = new Set(['melansir', 'mengutip', 'dilansir']);
const PLACE_PREPOSITIONS = new Set(['à', 'aus', 'dari', 'di', 'en', 'from', 'in', 'ke', 'nach', 'near', 'von']);
const CONNECTORS = new Set(['de', 'del', 'der', 'des', 'du', 'für', 'la', 'of', 'von']);
// Capitalised only because they start a sentence.
const FUNCTION_WORDS = new Set(['a', 'al', 'an', 'and', 'but', 'dalam', 'dan', 'das', 'der', 'di', 'die', 'el', 'en',
  'if', 'ia', 'il', 'in', 'ini', 'it', 'itu', 'kantor', 'la', 'le', 'les', 'los', 'melansir', 'menurut', 'not', 'on',
  'pesan', 'pemimpin', 'surat', 'the', 'this', 'under', 'we', 'yang']);
const ROLE_WORDS = new Set(Object.values(ROLES).flat().flatMap((r) => r.replace(/\./g, '').toLowerCase().split(' ')));

const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);
const isAcronym = (t: string) => /^\p{Lu}{2,}$/u.test(t);

function spanType(tokens: string[], start: number, end: number): 'PER' | 'ORG' | 'LOC' | 'O' {
  const words = tokens.slice(start, end).map((t) => t.toLowerCase());
  const before = (tokens[start - 1] ?? '').toLowerCase();
  const after = (tokens[end] ?? '').toLowerCase();
  if (words.some((w) => NOT_NAMES.has(w))) return 'O';
  if (words.some((w) => ORG_WORDS.has(w)) || SOURCE_BEFORE.has(before)) return 'ORG';
  if (words.some((w) => PLACE_WORDS.has(w))) return 'LOC';
  if (end - start === 1 && isAcronym(tokens[start] ?? '')) return 'ORG';
  if (ROLE_WORDS.has(before) || PERSON_BEFORE.has(before) || PERSON_NEXT.has(after)) return 'PER';
  if (PLACE_PREPOSITIONS.has(before)) return 'LOC';
  return end - start > 1 ? 'PER' : 'LOC';
}

/** IOB2 tags for one sentence's tokens. */
export function tagTokens(tokens: string[], _lang: string): Tag[] {
  const tags: Tag[] = tokens.map(() => 'O');
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    const sentenceStart = i === 0 || /^[“"‘'(]$/.test(tokens[i - 1] ?? '');
    if (!isCapitalised(token) || ROLE_WORDS.has(token.toLowerCase())
      || (sentenceStart && FUNCTION_WORDS.has(token.toLowerCase()))) {
      i += 1;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const next = tokens[end] ?? '';
      if (isCapitalised(next) && !ROLE_WORDS.has(next.toLowerCase())) end += 1;
      else if (CONNECTORS.has(next) && isCapitalised(tokens[end + 1] ?? '')) end += 2;
      else break;
    }
    // A place word inside a longer run ends a place: "Korea Utara | Kim Jong Un".
    const placeEnd = tokens.slice(i, Math.max(i, end - 2)).findIndex((t) => PLACE_WORDS.has(t.toLowerCase()) && !/^(?:republi[ck])$/i.test(t));
    if (placeEnd >= 0 && !tokens.slice(i, end).some((t) => ORG_WORDS.has(t.toLowerCase()))) end = i + placeEnd + 1;
    const type = spanType(tokens, i, end);
    if (type !== 'O') for (let k = i; k < end; k++) tags[k] = `${k === i ? 'B' : 'I'}-${type}`;
    i = end;
  }
  return tags;
}

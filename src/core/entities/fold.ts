// Coreference folding: the mentions of one entity become one group. Same written form first (its type
// by majority vote), then a short form into the fuller name it is part of (Putin -> Vladimir Putin,
// Kim -> Kim Jong Un, Acme -> Acme Holdings Group), an acronym into the name it
// abbreviates (BPBD -> Badan Penanggulangan Bencana Daerah), a "(KCNA)" right after a name into it.
import type { EntityType } from './types';

export interface FoldInput {
  block: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

export interface FoldedEntity {
  text: string;
  type: EntityType;
  /** Every written form with its count. */
  forms: Map<string, number>;
  /** Indices into the input mentions, in input order. */
  members: number[];
}

/** The comparable form of a name: spaces collapsed, curly apostrophes straight, possessive dropped. */
export function nameKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'").replace(/'s$/u, '').trim();
}

const wordsOf = (text: string) => nameKey(text).split(/[\s\-‐]+/u).filter(Boolean);
const isAcronym = (word: string) => /^\p{Lu}{2,}$/u.test(word);
const capitalInitials = (words: readonly string[]) => words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** True when `short` (an acronym, maybe with a shared tail: "BPBD Demak") abbreviates `long`. */
export function abbreviates(short: string, long: string): boolean {
  return abbreviatesWords(wordsOf(short), wordsOf(long));
}

function abbreviatesWords(s: readonly string[], l: readonly string[]): boolean {
  const head = s[0] ?? '';
  if (!isAcronym(head) || l.length < 2) return false;
  const tail = s.slice(1);
  const lTail = l.slice(l.length - tail.length);
  if (tail.join(' ') !== lTail.join(' ')) return false;
  const body = l.slice(0, l.length - tail.length);
  return body.length >= 2 && capitalInitials(body) === head;
}

/** True when the words of `short` appear, in order and contiguously, in `long` (and are fewer). */
export function isPartOf(short: string, long: string, type: EntityType): boolean {
  return isPartOfWords(wordsOf(short), wordsOf(long), type);
}

function isPartOfWords(s: readonly string[], l: readonly string[], type: EntityType): boolean {
  if (!s.length || s.length >= l.length) return false;
  // Organisations shorten from the end only ("Acme" of "Acme Holdings Group"); places
  // never ("Korea" is not "Korea Utara"); people by any contiguous part (given name, family name).
  const starts = type === 'organization' ? [0] : type === 'person' ? l.map((_, i) => i) : [];
  return starts.some((i) => s.every((w, k) => l[i + k] === w));
}

function majorityType(types: readonly EntityType[], fallback: EntityType): EntityType {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best = fallback;
  for (const [t, n] of counts) if (n > (counts.get(best) ?? 0)) best = t;
  return best;
}

const isAllCaps = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** The fullest form: most words, then longest, then as normally written (not all caps), then most frequent. */
function fullestForm(forms: Map<string, number>): string {
  return [...forms].sort(([a, na], [b, nb]) => wordsOf(b).length - wordsOf(a).length || b.length - a.length
    || Number(isAllCaps(a)) - Number(isAllCaps(b)) || nb - na)[0]?.[0] ?? '';
}

/** Folds located mentions (with their block texts) into entities. */
export function foldMentions(mentions: readonly FoldInput[], blocks: readonly string[]): FoldedEntity[] {
  // 1. One group per written form.
  const byKey = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const key = nameKey(m.text);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const keys = [...byKey.keys()];
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const typeOfKey = keys.map((k) => {
    const members = byKey.get(k) ?? [];
    return majorityType(members.map((i) => (mentions[i] as FoldInput).type), (mentions[members[0] as number] as FoldInput).type);
  });
  const countOf = (k: number) => byKey.get(keys[k] as string)?.length ?? 0;
  const indexOfKey = new Map(keys.map((k, i) => [k, i]));

  // 2. A name set in capitals ("BRENNAN FALLS, Ohio —") is the same name as normally written.
  keys.forEach((key, i) => {
    if (!isAllCaps(key) || wordsOf(key).length < 2) return;
    const same = keys.findIndex((other, j) => j !== i && other.toLowerCase() === key.toLowerCase() && typeOfKey[j] === typeOfKey[i]);
    if (same >= 0) parent[find(i)] = find(same);
  });

  // 3. "(KCNA)" written right after a name is that name's acronym.
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    if (!prev || prev.block !== m.block || !isAcronym(nameKey(m.text))) return;
    const text = blocks[m.block] ?? '';
    if (/^\s*\(\s*$/.test(text.slice(prev.end, m.start)) && /^\s*\)/.test(text.slice(m.end))) {
      parent[find(indexOfKey.get(nameKey(m.text)) as number)] = find(indexOfKey.get(nameKey(prev.text)) as number);
    }
  });

  // 4. Short forms and acronyms into the fuller name of the same type (the most mentioned one if several).
  const words = keys.map(wordsOf);
  // A short form's fuller names contain its first word (an acronym's do not: those are all checked).
  const withWord = new Map<string, number[]>();
  words.forEach((ws, i) => new Set(ws).forEach((w) => withWord.set(w, [...(withWord.get(w) ?? []), i])));
  const all = keys.map((_, i) => i);
  const order = [...all].sort((a, b) => (words[a] as string[]).length - (words[b] as string[]).length);
  for (const s of order) {
    const short = words[s] as string[];
    const type = typeOfKey[s] as EntityType;
    let target = -1;
    const candidates = isAcronym(short[0] ?? '') ? all : withWord.get(short[0] ?? '') ?? [];
    for (const l of candidates) {
      const long = words[l] as string[];
      // A lone family name is that person's whatever the tagger made of it ("García said" after
      // "Ana García"): news names a person in full once, then by surname.
      const surname = short.length === 1 && typeOfKey[l] === 'person' && long.length >= 2 && long[long.length - 1] === short[0];
      if (l === s || (typeOfKey[l] !== type && !surname)) continue;
      if (!surname && !isPartOfWords(short, long, type) && !abbreviatesWords(short, long)) continue;
      if (target < 0 || countOf(l) > countOf(target)) target = l;
    }
    if (target >= 0 && find(target) !== find(s)) parent[find(s)] = find(target);
  }

  // 5. Collect the groups, in order of first mention.
  const groups = new Map<number, FoldedEntity>();
  mentions.forEach((m, i) => {
    const root = find(indexOfKey.get(nameKey(m.text)) as number);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { text: '', type: m.type, forms: new Map(), members: [] }));
    g.members.push(i);
    g.forms.set(m.text, (g.forms.get(m.text) ?? 0) + 1);
  });
  for (const g of groups.values()) {
    g.text = fullestForm(g.forms);
    const canonicalType = mentions[g.members.find((i) => (mentions[i] as FoldInput).text === g.text) ?? 0]?.type ?? g.type;
    // A full personal name decides for its surname mentions, however many there are.
    const fullPerson = canonicalType === 'person' && wordsOf(g.text).length >= 2;
    g.type = fullPerson ? 'person' : majorityType(g.members.map((i) => (mentions[i] as FoldInput).type), canonicalType);
  }
  return [...groups.values()];
}

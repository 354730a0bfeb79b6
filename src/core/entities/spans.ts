// From tags to located spans: IOB2 runs over tokens become spans with exact block offsets; titles
// and roles in front are cut off ("Presiden", "Mr."), places written in front of a name are split
// off ("Presiden Rusia Vladimir Putin" = Rusia + Vladimir Putin), and a photo credit names an
// organisation ("(Foto: Reuters)").
import type { EntityType, Tag, Token } from './types';
import { ROLES } from '../../rules/entities';
import { primaryLanguage } from '../text/language-tag';

export interface Span {
  block: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The span's tokens, offsets in the block. */
  tokens: Token[];
  /** A title or role stood right in front of it (stripped or untagged). */
  afterRole: boolean;
  /** It follows a photo credit's lead ("Foto: Reuters", "Photo: Kevin Marsh"). */
  credit?: boolean;
}

const TYPE_OF_TAG: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** IOB2 runs as [first, last+1) token ranges. An I- without a matching B- starts a span (lenient). */
export function iobRanges(tags: readonly Tag[]): Array<{ from: number; to: number; type: EntityType }> {
  const ranges: Array<{ from: number; to: number; type: EntityType }> = [];
  let open: { from: number; to: number; type: EntityType } | undefined;
  tags.forEach((tag, i) => {
    const [prefix, label] = tag.split('-') as [string, string | undefined];
    const type = label ? TYPE_OF_TAG[label] : undefined;
    if (!type) {
      open = undefined;
      return;
    }
    if (prefix === 'I' && open && open.type === type && open.to === i) {
      open.to = i + 1;
      return;
    }
    open = { from: i, to: i + 1, type };
    ranges.push(open);
  });
  return ranges;
}

const rolesCache = new Map<string, string[]>();
/** The role words of a language (its base subtag), longest first; every language when unknown. */
export function rolesFor(lang: string): string[] {
  const base = primaryLanguage(lang);
  let roles = rolesCache.get(base);
  if (!roles) {
    const lists = ROLES[base] ? [ROLES[base], ROLES.en ?? []] : Object.values(ROLES);
    roles = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
    rolesCache.set(base, roles);
  }
  return roles;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const roleIndex = new WeakMap<readonly string[], Map<string, string[]>>();
/** Roles by their first two letters, lower case (longest first within each): a span's start is looked up, not scanned for. */
function rolesStartingLike(roles: readonly string[], text: string, at: number): readonly string[] {
  let index = roleIndex.get(roles);
  if (!index) {
    index = new Map();
    for (const role of roles) {
      const key = role.slice(0, 2).toLowerCase();
      index.set(key, [...(index.get(key) ?? []), role]);
    }
    roleIndex.set(roles, index);
  }
  return index.get(text.slice(at, at + 2).toLowerCase()) ?? [];
}

/** Length of the role written at `text[at]` (ends on a word boundary), or 0. */
function roleAt(text: string, at: number, roles: readonly string[]): number {
  for (const role of rolesStartingLike(roles, text, at)) {
    if (text.slice(at, at + role.length).toLowerCase() !== role.toLowerCase()) continue;
    if (role.endsWith('.') || !isWordChar(text[at + role.length])) return role.length;
  }
  return 0;
}

/** True when a role ends right before `at` ("… Presiden |Joko"). */
function roleBefore(text: string, at: number, roles: readonly string[]): boolean {
  // Roles are short: the last 60 characters are enough, and lowercased once.
  const head = text.slice(Math.max(0, at - 60), at).trimEnd();
  const lower = head.toLowerCase();
  return roles.some((role) => lower.endsWith(role.toLowerCase()) && !isWordChar(head[head.length - role.length - 1]));
}

/** Photo credits: the name after "Foto:" / "Photo:" is the agency or outlet that supplied the image. */
const CREDIT_BEFORE = /(?:^|[\s(\[])(?:foto|photo|photograph|bild|gambar|image|credit|kredit|sumber foto)\s*:\s*$/iu;

/** Spans of one sentence's tagged tokens, roles stripped from the front. */
export function spansOf(block: number, text: string, tokens: readonly Token[], tags: readonly Tag[], lang: string): Span[] {
  const roles = rolesFor(lang);
  const spans: Span[] = [];
  for (const range of iobRanges(tags)) {
    let spanTokens = tokens.slice(range.from, range.to);
    let afterRole = false;
    for (;;) {
      const first = spanTokens[0];
      if (!first) break;
      const length = roleAt(text, first.start, roles);
      if (!length) break;
      const rest = spanTokens.filter((t) => t.start >= first.start + length);
      // In an organisation or place a role word can be the name's own first word ("Premier League",
      // "General Motors", "King County"): cut it there only when two words of name are left.
      if (range.type !== 'person' && rest.filter((t) => isWordChar(t.text[0])).length < 2) break;
      afterRole = true;
      spanTokens = rest;
    }
    // Leading and trailing punctuation is never part of a name ("." left by "Dr." or a stray quote).
    while (spanTokens[0] && !isWordChar(spanTokens[0].text[0])) spanTokens = spanTokens.slice(1);
    while (spanTokens.length && !isWordChar(spanTokens[spanTokens.length - 1]?.text.slice(-1))) spanTokens = spanTokens.slice(0, -1);
    const first = spanTokens[0];
    const last = spanTokens[spanTokens.length - 1];
    if (!first || !last) continue;
    // A possessive is not part of the name: "Acme’s plant" names Acme.
    const end = last.end - (/\p{L}['’]s$/u.test(last.text) ? 2 : 0);
    // A name has at least two letters: a lone "I" or initial is a pronoun or a fragment.
    if ((text.slice(first.start, end).match(/\p{L}/gu)?.length ?? 0) < 2) continue;
    afterRole ||= roleBefore(text, first.start, roles);
    // A credited agency the tagger read as a place or a one-word person; a full person's name stays a
    // person ("Photo: John Smith").
    const credited = CREDIT_BEFORE.test(text.slice(0, first.start));
    const credit = credited && (range.type !== 'person' || spanTokens.length === 1);
    const type = credit ? 'organization' : range.type;
    spans.push({ block, start: first.start, end, text: text.slice(first.start, end), type, tokens: spanTokens, afterRole, credit: credited });
  }
  return spans;
}

// Words that join a role's place to a further place: "Duta Besar Indonesia untuk Jepang".
const PLACE_LINKS = new Set(['à', 'au', 'bagi', 'en', 'for', 'für', 'in', 'para', 'pour', 'to', 'untuk']);
const LINK_BEFORE = new RegExp(`(?:^|\\s)(?:${[...PLACE_LINKS].join('|')})\\s*$`, 'iu');

export interface PlaceEvidence {
  /** Texts of the article's place mentions. */
  places: ReadonlySet<string>;
  /** How many person mentions start with a text ("Kim" of "Kim Jong Un"): a name's start is no place. */
  nameStarts: ReadonlyMap<string, number>;
}

/**
 * Splits the places written in front of a person's name after a role ("Presiden Rusia Vladimir
 * Putin") or a link word ("untuk Jepang Heri Akhmadi"): leading tokens the article names as a
 * place elsewhere, possibly joined by a link word. Two tokens of name are always left.
 */
export function splitLeadingPlaces(span: Span, blockText: string, evidence: PlaceEvidence): Span[] {
  if (span.type !== 'person' || span.tokens.length < 3) return [span];
  if (!span.afterRole && !LINK_BEFORE.test(blockText.slice(0, span.start))) return [span];
  const out: Span[] = [];
  let rest = span.tokens;
  for (;;) {
    let taken = 0;
    // The longest known place at the front (up to 3 tokens), leaving two tokens of name.
    for (let n = Math.min(3, rest.length - 2); n >= 1 && !taken; n--) {
      const a = rest[0];
      const b = rest[n - 1];
      const text = a && b ? blockText.slice(a.start, b.end) : '';
      // This span itself counts once among the person mentions that start with `text`.
      const others = (evidence.nameStarts.get(text) ?? 0) - (a?.start === span.start ? 1 : 0);
      if (evidence.places.has(text) && others <= 0) taken = n;
    }
    if (!taken) break;
    const a = rest[0] as Token;
    const b = rest[taken - 1] as Token;
    out.push({ ...span, start: a.start, end: b.end, text: blockText.slice(a.start, b.end), type: 'place', tokens: rest.slice(0, taken) });
    rest = rest.slice(taken);
    if (PLACE_LINKS.has(rest[0]?.text.toLowerCase() ?? '') && rest.length >= 4) rest = rest.slice(1);
  }
  if (!out.length) return [span];
  const first = rest[0] as Token;
  const last = rest[rest.length - 1] as Token;
  out.push({ ...span, start: first.start, end: last.end, text: blockText.slice(first.start, last.end), tokens: rest, afterRole: true });
  return out;
}

/** The place evidence of a whole article's spans. */
export function placeEvidence(spans: readonly Span[]): PlaceEvidence {
  const places = new Set(spans.filter((s) => s.type === 'place').map((s) => s.text));
  const nameStarts = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'person') continue;
    for (let n = 1; n < s.tokens.length; n++) {
      const start = s.text.slice(0, (s.tokens[n - 1] as Token).end - s.start);
      nameStarts.set(start, (nameStarts.get(start) ?? 0) + 1);
    }
  }
  return { places, nameStarts };
}

// The article's entities from its text blocks: per block, sentences are tokenized and tagged (the
// tagger is injectable, so assembly is tested without the model), IOB2 runs become mentions with exact
// block offsets, then mentions fold into entities ranked by salience.
import type { Entity, EntityResult, Mention, RecognizeOptions, Tag, Token } from './types';
import { sentences, supportedScript, tokenize } from './tokenize';
import { tagTokens } from './tagger';
import { refineTags } from './refine-tags';
import { placeEvidence, splitLeadingPlaces, spansOf, type Span } from './spans';
import { foldMentions } from './fold';
import { settleDocument } from './document-names';
import { confident, salience } from './salience';
import { isListedOrg } from './name-lists';

/**
 * An organisation named once by a short acronym ("KCNA") or a listed name ("Reuters", "Kremlin") is
 * what the story cites or is about: a key entity, so the view's panel lists what the CLI lists.
 */
const namedOrganisation = (text: string) => isListedOrg(text) || /^\p{Lu}{2,6}$/u.test(text);

/** What recognition needs from the tokenizer and the sequence model. */
export interface Tagger {
  tokenize(text: string, lang: string): Token[];
  sentences(text: string, lang: string): Array<{ start: number; end: number }>;
  supportedScript(text: string): boolean;
  tagTokens(tokens: string[], lang: string): Tag[];
}

export const defaultTagger: Tagger = {
  tokenize, sentences, supportedScript,
  tagTokens: (tokens, lang) => refineTags(tokens, tagTokens(tokens, lang), lang),
};

const DEFAULT_KEY_COUNT = 12;
/** Plain ASCII text needs no script check (the common case, and the check counts every letter). */
const ASCII_ONLY = /^[\x20-\x7e\s]*$/;
/** The first block this long is the first paragraph. */
const LEAD_MIN_WORDS = 20;

/**
 * End of a dateline at the very start of the article: an all-caps site or agency name followed by
 * ":" or " - " ("ANTARA NEWS: …", "JAKARTA - …"), or a wire service's all-caps city, date and
 * agency in brackets ("SANTIAGO, May 21 (Reuters) - …"). Its names are the outlet's, not the story's.
 */
export function datelineEnd(text: string): number {
  const m = /^\s*[\p{Lu}\p{N}][\p{Lu}\p{N} .&'’-]*\p{Lu}[\p{Lu}\p{N}.]*\s*(?::|\s[-–—]\s)/u.exec(text) ??
    /^\s*\p{Lu}[\p{Lu} .'’-]*\p{Lu}(?:,[^()\n]{1,30})?\s*\([^()\n]{1,40}\)\s*(?::|[-–—]\s)/u.exec(text);
  return m ? m[0].length : 0;
}

interface TaggedSentence { block: number; tokens: Token[]; tags: Tag[] }

function blockSentences(index: number, text: string, lang: string, tagger: Tagger): TaggedSentence[] {
  if (!ASCII_ONLY.test(text) && !tagger.supportedScript(text)) return [];
  const tokens = tagger.tokenize(text, lang);
  const tagged: TaggedSentence[] = [];
  let next = 0;
  for (const sentence of tagger.sentences(text, lang)) {
    // Tokens and sentences are both in text order: walk the tokens once.
    while (next < tokens.length && (tokens[next] as Token).start < sentence.start) next += 1;
    const first = next;
    while (next < tokens.length && (tokens[next] as Token).end <= sentence.end) next += 1;
    const inSentence = tokens.slice(first, next);
    if (inSentence.length) tagged.push({ block: index, tokens: inSentence, tags: tagger.tagTokens(inSentence.map((t) => t.text), lang) });
  }
  return tagged;
}

/** Every block's sentences tagged, then settled across the article (document-names.ts), as spans. */
function articleSpans(blocks: readonly string[], lang: string, tagger: Tagger): Span[] {
  const tagged = blocks.flatMap((text, i) => blockSentences(i, text, lang, tagger));
  const settled = settleDocument(tagged.map((s) => s.tokens.map((t) => t.text)), tagged.map((s) => s.tags));
  return tagged.flatMap((s, k) => spansOf(s.block, blocks[s.block] ?? '', s.tokens, settled[k] ?? s.tags, lang));
}

/** "The Daily Star" and "Daily Star" are the same outlet. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  return b !== '' && norm(a) === norm(b);
}

export function recognizeEntities(blocks: readonly string[], options: RecognizeOptions, tagger: Tagger = defaultTagger): EntityResult {
  const lang = options.lang ?? '';
  const title = options.title ?? '';
  // The dateline opens the first paragraph, which may come after a caption or a subtitle.
  const captions = new Set(options.captions ?? []);
  const lead = blocks.findIndex((text, i) => !captions.has(i) && text.split(/\s+/).length >= LEAD_MIN_WORDS);
  const datelines = new Map([0, lead].filter((i) => i >= 0).map((i) => [i, datelineEnd(blocks[i] ?? '')]));
  let spans = articleSpans(blocks, lang, tagger).filter((s) => s.start >= (datelines.get(s.block) ?? 0));

  // Places named as places anywhere in the article; a role's leading place is split off against them.
  const evidence = placeEvidence(spans);
  spans = spans.flatMap((s) => splitLeadingPlaces(s, blocks[s.block] ?? '', evidence));
  spans.sort((a, b) => a.block - b.block || a.start - b.start);

  const folded = foldMentions(spans, blocks);
  // Position of a mention in the article, 0..1, by characters before it.
  const offsets: number[] = [];
  let total = 0;
  for (const text of blocks) {
    offsets.push(total);
    total += text.length;
  }
  const positionOf = (s: Span) => (total ? ((offsets[s.block] ?? 0) + s.start) / total : 0);
  const maxMentions = Math.max(0, ...folded.map((g) => g.members.length));

  const ranked = folded.map((g) => {
    const input = { text: g.text, forms: [...g.forms.keys()], mentions: g.members.length, firstPosition: positionOf(spans[g.members[0] as number] as Span) };
    // A photographer or someone pictured, named only in captions, or the outlet itself, is not what the
    // story is about (an agency credited in a caption still counts: it is the story's source).
    const members = g.members.map((i) => spans[i] as Span);
    const pictured = g.type === 'person' && members.every((s) => s.credit || captions.has(s.block));
    const byline = pictured || sameName(g.text, options.siteName ?? '');
    const sure = confident(input, title) || (g.type === 'organization' && namedOrganisation(g.text));
    return { group: g, score: salience(input, maxMentions, title), confident: sure && !byline };
  }).sort((a, b) => b.score - a.score || b.group.members.length - a.group.members.length);

  const keyCount = options.keyCount ?? DEFAULT_KEY_COUNT;
  let keys = 0;
  const entityOf = new Array<number>(spans.length).fill(-1);
  const entities: Entity[] = ranked.map(({ group, score, confident: sure }, index) => {
    for (const i of group.members) entityOf[i] = index;
    const key = sure && keys < keyCount;
    if (key) keys += 1;
    const aliases = [...group.forms.keys()].filter((f) => f !== group.text);
    // The site's own name is the outlet, an organisation, whatever a sentence made of it ("reviewed by
    // Pacifica Wire" reads like a person).
    const type = sameName(group.text, options.siteName ?? '') ? 'organization' : group.type;
    return { text: group.text, type, mentions: group.members.length, salience: score, aliases, key };
  });
  // A mention carries its entity's type (voted over all its mentions), so the view colours it consistently.
  const mentions: Mention[] = spans.map((s, i) => ({
    block: s.block, start: s.start, end: s.end, text: s.text, type: entities[entityOf[i] as number]?.type ?? s.type, entity: entityOf[i] as number,
  }));
  return { entities, mentions };
}

import { normPhrase, type MergedRules } from './rules';

// Phrase tests on normalised text (see rules.ts normPhrase).

/** "Advertisement", "Anzeige", or several labels run together: "Advertisement · Scroll to continue". */
export function isAdLabel(text: string, rules: MergedRules): boolean {
  const parts = text.split(/\s*[·•|]\s*/).map(normPhrase).filter(Boolean);
  return parts.length > 0 && parts.every((part) => rules.phrases.adLabels.has(part));
}

export const isPhrase = (text: string, list: Set<string>) => list.has(normPhrase(text));

/** Splits "Baca juga: Headline" into lead and rest when the lead is a related-links lead. */
export function splitRelatedLead(text: string, rules: MergedRules): { lead: string; rest: string } | null {
  // A lead in brackets needs no colon: "【関連記事】地方の路線バス…", "[관련기사] …".
  const match = /^(.{1,40}?)\s*[:：»›|]\s*(.*)$/su.exec(text) ?? /^([【[［][^】\]］]{1,20}[】\]］])\s*(.+)$/su.exec(text);
  if (!match) return null;
  const lead = normPhrase(match[1]!);
  if (!rules.phrases.relatedLeads.has(lead)) return null;
  return { lead, rest: match[2]!.trim() };
}

const BOUNDARY = /[\s\p{P}]/u;

/** True when the text starts with one of the phrases, at a word boundary. */
export function startsWithPhrase(text: string, list: Set<string>): boolean {
  const norm = normPhrase(text);
  // Each start of the text that ends at a word boundary is looked up, rather than each phrase of the
  // list tried against the text: a line has a few boundaries, a list hundreds of phrases.
  for (let end = 0; end <= norm.length; end++) {
    if ((end === norm.length || BOUNDARY.test(norm[end]!)) && list.has(norm.slice(0, end))) return true;
  }
  return false;
}

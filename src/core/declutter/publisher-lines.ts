import { lineWords } from './dom';
import { normPhrase } from './rules';

// A press release ends with its publisher's boilerplate ("Ascom is a global solutions provider focused on
// …", "Acme is headquartered in Ohio and employs 1,300 people."), printed under every release the site puts
// out and no part of the news. It opens with the publisher's own name, the site's name or the first label
// of its address, and describes the publisher; a story's closing line that names its site says something
// else ("Reuters was unable to verify the report", "The BBC has asked the ministry for comment").

/** What boilerplate says of its company, right after the name: "is a", "is one of", "is headquartered". */
const DESCRIBES = /^(?:is|are)\s+(?:a|an|the|one|headquartered|based)\b/;
/** A sentence or more: a line of a few words naming the site is a signature, for other rules. */
const MIN_WORDS = 12;
const MAX_WORDS = 120;

/** The publisher's names as a line would open with them, lower case: the site's name, its address's first label. */
export function publisherNames(siteName: string | undefined, url: string | undefined): string[] {
  const names = new Set<string>();
  if (siteName) names.add(normPhrase(siteName));
  const host = /^https?:\/\/(?:www\d?\.)?([^./:?#]+)\./i.exec(url ?? '')?.[1];
  // A one-letter or generic label ("m", "news") names no one.
  if (host && host.length > 2 && !/^(?:news|blog|press|media)$/i.test(host)) names.add(host.toLowerCase());
  return [...names].filter(Boolean);
}

export function isPublisherBoilerplate(text: string, names: readonly string[]): boolean {
  const words = lineWords(text).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  const norm = normPhrase(text);
  return names.some((name) => norm.startsWith(`${name} `) && DESCRIBES.test(norm.slice(name.length + 1)));
}

// A file name from an article's title, safe on every common file system: letters of any script
// (Indonesian, Japanese, Arabic…), marks and digits are kept, anything else (punctuation, the
// characters Windows or macOS refuse, controls, emoji) becomes one hyphen.

const MAX_LENGTH = 80;
// Names Windows reserves whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** `title` as a slug plus `extension` ("md", "html"); `fallback` when the title has no letters or digits. */
export function fileNameFor(title: string, extension: string, fallback = 'article'): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, never in the middle of a surrogate pair, and not after a hyphen.
  let cut = Array.from(slug).slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
  if (!cut) cut = fallback;
  if (RESERVED.test(cut)) cut += '-';
  return `${cut}.${extension}`;
}

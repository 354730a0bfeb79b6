// The hash behind every feature bucket (FNV-1a folded into HASH_BITS bits), apart from the features
// themselves so that the word-case bitmaps (word-case.ts) hash words the same way without a cycle.
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** FNV-1a state after `s` (UTF-16 code units), continuing from state `h`. */
export function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
export const fold = (h: number) => (h ^ (h >>> HASH_BITS)) & MASK;
export const OFFSET = 0x811c9dc5;

/** The bucket of a feature string: FNV-1a folded into HASH_BITS bits. */
export function hashFeature(s: string): number {
  return fold(mix(OFFSET, s));
}

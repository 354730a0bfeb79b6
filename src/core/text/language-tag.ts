// The primary language subtag of a BCP 47 tag, as the per-language rules and lists are keyed:
// "pt-BR" → "pt", "EN_us" → "en", '' → ''.
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

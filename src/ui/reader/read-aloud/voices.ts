// Which voices can read an article: those of its language (by the voice's language prefix, so
// "id-ID" reads "id"), the device's own voices first. Pure: tested with plain objects.

/** The fields of a SpeechSynthesisVoice that read aloud uses. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default?: boolean;
}

/** The primary language subtag, lower case: "id-ID" and "id_ID" → "id"; "" for none. */
export function languageOf(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** The voices for `lang`, the device's own (localService) first, then the default one, then by name. */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const wanted = languageOf(lang);
  return voices
    .filter((voice) => languageOf(voice.lang) === wanted)
    .sort((a, b) => Number(b.localService) - Number(a.localService)
      || Number(Boolean(b.default)) - Number(Boolean(a.default))
      || a.name.localeCompare(b.name));
}

/** The voice to read with: the one remembered for the language if it is still there, else the first (a local one if any). */
export function chooseVoice<V extends VoiceLike>(candidates: readonly V[], remembered: string | undefined): V | undefined {
  return candidates.find((voice) => voice.voiceURI === remembered) ?? candidates[0];
}

/**
 * What the device offers for the language: no voice at all, only online voices (the text then goes to
 * the browser's speech service, which the user is asked about first) or a voice of its own.
 */
export type VoiceSupply = 'none' | 'online' | 'local';

export function voiceSupply(candidates: readonly VoiceLike[]): VoiceSupply {
  if (candidates.length === 0) return 'none';
  return candidates.some((voice) => voice.localService) ? 'local' : 'online';
}

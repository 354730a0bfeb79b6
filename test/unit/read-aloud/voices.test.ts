// Which voice reads an article: one of its language, the device's own first, the remembered one if still there.
import { describe, expect, it } from 'vitest';
import { chooseVoice, languageOf, voiceSupply, voicesFor, type VoiceLike } from '../../../src/ui/reader/read-aloud/voices';

const voice = (name: string, lang: string, localService: boolean): VoiceLike => ({ name, lang, voiceURI: `uri:${name}`, localService });
const ONLINE_ID = voice('Google Bahasa Indonesia', 'id-ID', false);
const LOCAL_ID = voice('Damayanti', 'id_ID', true);
const ENGLISH = voice('Samantha', 'en-US', true);
const MALAY = voice('Amira', 'ms-MY', true);

describe('voices', () => {
  it('takes a language tag\'s primary subtag', () => {
    expect([languageOf('id-ID'), languageOf('ID_id'), languageOf('en'), languageOf('')]).toEqual(['id', 'id', 'en', '']);
  });

  it('keeps the voices of the article\'s language, the device\'s own first', () => {
    expect(voicesFor([ENGLISH, ONLINE_ID, MALAY, LOCAL_ID], 'id')).toEqual([LOCAL_ID, ONLINE_ID]);
    expect(voicesFor([ENGLISH, ONLINE_ID], 'id-ID')).toEqual([ONLINE_ID]);
    expect(voicesFor([ENGLISH, MALAY], 'id')).toEqual([]);
  });

  it('uses the remembered voice while it exists, else the first', () => {
    const candidates = voicesFor([ONLINE_ID, LOCAL_ID], 'id');
    expect(chooseVoice(candidates, ONLINE_ID.voiceURI)).toBe(ONLINE_ID);
    expect(chooseVoice(candidates, 'uri:gone')).toBe(LOCAL_ID);
    expect(chooseVoice([], undefined)).toBeUndefined();
  });

  it('tells none, online only and local apart', () => {
    expect(voiceSupply([])).toBe('none');
    expect(voiceSupply([ONLINE_ID])).toBe('online');
    expect(voiceSupply([ONLINE_ID, LOCAL_ID])).toBe('local');
  });
});

// Read aloud in the view: builds the queue from the rendered article, asks the voices, drives the
// player and marks what is read. The window (its speechSynthesis) comes in as a parameter from the
// page shell and is looked up when reading starts, never at load (voices load late, tests replace it).
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../../shared/settings';
import { ReadAloudPlayer, type PlayerState, type SynthesisLike, type UtteranceLike } from './player';
import { readingQueue, spokenText } from './queue';
import { chooseVoice, languageOf, voiceSupply, voicesFor, type VoiceLike } from './voices';
import { markParagraph, markWord } from './marks';

/** The window's parts read aloud uses: its speech synthesis, read when reading starts. */
export interface SpeechWindow {
  speechSynthesis?: SynthesisLike & {
    getVoices(): VoiceLike[];
    addEventListener?(type: 'voiceschanged', listener: () => void, options?: { once?: boolean }): void;
  };
  SpeechSynthesisUtterance?: new (text: string) => UtteranceLike;
}

/** Why reading has not started: no voice for the language, or only online ones (asked first). */
export type ReadAloudNotice = 'none' | 'online' | null;

export interface ReadAloudOptions {
  speech: SpeechWindow | undefined;
  body: RefObject<HTMLElement | null>;
  /** The article's language (its voice's); the interface's language when it has none. */
  lang: string;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

export interface ReadAloud {
  state: PlayerState;
  index: number;
  total: number;
  notice: ReadAloudNotice;
  voices: VoiceLike[];
  voiceURI: string | undefined;
  toggle(): void;
  stop(): void;
  step(direction: 1 | -1): void;
  setRate(rate: number): void;
  setVoice(voiceURI: string): void;
  /** The answer to the online-voices question. */
  allowOnline(allow: boolean): void;
}

const VOICES_WAIT_MS = 1500;

/** The voices; Chrome lists none until its `voiceschanged`, so that is waited for a moment. */
function loadVoices(synth: NonNullable<SpeechWindow['speechSynthesis']>): Promise<VoiceLike[]> {
  const now = synth.getVoices();
  if (now.length > 0 || !synth.addEventListener) return Promise.resolve(now);
  return new Promise((done) => {
    const finish = () => done(synth.getVoices());
    synth.addEventListener!('voiceschanged', finish, { once: true });
    setTimeout(finish, VOICES_WAIT_MS);
  });
}

export function useReadAloud({ speech, body, lang, settings, onChange }: ReadAloudOptions): ReadAloud {
  const [state, setState] = useState<PlayerState>('idle');
  const [index, setIndex] = useState(0);
  const [notice, setNotice] = useState<ReadAloudNotice>(null);
  const [voices, setVoices] = useState<VoiceLike[]>([]);
  const player = useRef<ReadAloudPlayer | null>(null);
  const blocks = useRef<Element[]>([]);
  const latest = useRef(settings);
  latest.current = settings;
  const language = languageOf(lang);
  const voiceURI = chooseVoice(voices, settings.readAloudVoices[language])?.voiceURI;

  const begin = (candidates: VoiceLike[]) => {
    const synth = speech?.speechSynthesis;
    const Utterance = speech?.SpeechSynthesisUtterance;
    const root = body.current;
    if (!synth || !Utterance || !root) return;
    blocks.current = readingQueue(root.closest('article')?.querySelector('.reader-title') ?? null, root);
    const voice = chooseVoice(candidates, latest.current.readAloudVoices[language]) ?? null;
    player.current = new ReadAloudPlayer(synth, (text) => new Utterance(text), blocks.current.map(spokenText),
      { lang: lang || voice?.lang || '', rate: latest.current.readAloudRate, voice }, {
        onChange: (next, at) => {
          setState(next);
          setIndex(at);
          markParagraph(blocks.current, next === 'idle' ? -1 : at, next === 'playing');
          if (next !== 'playing') markWord(root, null);
        },
        onWord: (at, start, length) => markWord(root, blocks.current[at] ?? null, start, length),
      });
    player.current.play();
  };

  const start = async () => {
    const synth = speech?.speechSynthesis;
    const candidates = synth ? voicesFor(await loadVoices(synth), language) : [];
    setVoices(candidates);
    const supply = voiceSupply(candidates);
    if (supply === 'none' || (supply === 'online' && !latest.current.readAloudOnline)) {
      setNotice(supply);
      return;
    }
    setNotice(null);
    begin(candidates);
  };

  const toggle = () => {
    if (player.current && player.current.state !== 'idle') player.current.toggle();
    else start().catch((error: unknown) => console.warn('Sift Reader: read aloud', error));
  };
  const stop = () => {
    player.current?.stop();
    player.current = null;
    setNotice(null);
  };

  // The view closing (or its frame taken away) and the tab hidden stop the voice; a tab shown
  // again goes on where it was.
  useEffect(() => {
    const doc = body.current?.ownerDocument;
    const win = doc?.defaultView;
    if (!doc || !win) return undefined;
    let resumeOnShow = false;
    const onVisibility = () => {
      const reading = player.current;
      if (doc.visibilityState === 'hidden' && reading?.state === 'playing') {
        reading.pause();
        resumeOnShow = true;
      } else if (doc.visibilityState === 'visible' && resumeOnShow) {
        resumeOnShow = false;
        reading?.play();
      }
    };
    const onPageHide = () => player.current?.stop();
    doc.addEventListener('visibilitychange', onVisibility);
    win.addEventListener('pagehide', onPageHide);
    return () => {
      doc.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
      player.current?.stop();
    };
  }, []);

  return {
    state, index, total: blocks.current.length, notice, voices, voiceURI, toggle, stop,
    step: (direction) => player.current?.step(direction),
    setRate: (rate) => {
      onChange({ readAloudRate: rate });
      player.current?.configure({ rate });
    },
    setVoice: (uri) => {
      onChange({ readAloudVoices: { ...latest.current.readAloudVoices, [language]: uri } });
      const voice = voices.find((v) => v.voiceURI === uri);
      if (voice) player.current?.configure({ voice });
    },
    allowOnline: (allow) => {
      setNotice(null);
      if (!allow) return;
      onChange({ readAloudOnline: true });
      begin(voices);
    },
  };
}

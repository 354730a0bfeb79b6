// Reads a queue of texts aloud, one utterance a paragraph, through a `speechSynthesis`-like object
// given to it (the reader page passes the window's; tests pass a recording fake). Pausing cancels
// and remembers the last word begun: Chrome's own pause() never resumes online voices and stalls
// some local ones, while a new utterance from that word always works.
import { firstPiece, remainingText, stepIndex, type Position } from './queue';
import type { VoiceLike } from './voices';

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  // The DOM's own event types, so that a real SpeechSynthesisUtterance is an UtteranceLike.
  onend: ((event: SpeechSynthesisEvent) => void) | null;
  onerror: ((event: SpeechSynthesisErrorEvent) => void) | null;
  onboundary: ((event: SpeechSynthesisEvent) => void) | null;
}

export interface SynthesisLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
}

export type PlayerState = 'idle' | 'playing' | 'paused';

export interface PlayerOptions {
  lang: string;
  rate: number;
  voice: VoiceLike | null;
}

export interface PlayerEvents {
  /** The state or the paragraph changed. */
  onChange(state: PlayerState, index: number): void;
  /** A word began: its paragraph, and its start and length in that paragraph's text. */
  onWord?(index: number, start: number, length: number): void;
  /** The synthesis failed (not a cancel of ours): reading stops. */
  onError?(error: string): void;
}

/**
 * The longest utterance given to an online voice: Chrome's online voices stop without an end event
 * after about 15 seconds of speech, so their paragraphs are said a sentence or so at a time.
 */
const ONLINE_PIECE = 200;

/** Errors that mean the utterance was cancelled, by us or by another cancel: not failures. */
const CANCELLED = new Set(['interrupted', 'canceled']);

export class ReadAloudPlayer {
  state: PlayerState = 'idle';
  private position: Position = { index: 0, offset: 0 };
  private current: UtteranceLike | null = null;

  constructor(
    private readonly synth: SynthesisLike,
    private readonly utterance: (text: string) => UtteranceLike,
    private readonly texts: readonly string[],
    private options: PlayerOptions,
    private readonly events: PlayerEvents,
  ) {}

  get index(): number {
    return this.position.index;
  }

  get length(): number {
    return this.texts.length;
  }

  /** Starts, or goes on from where a pause left off. */
  play(): void {
    if (this.texts.length === 0) return;
    this.speakFrom(this.position);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.silence();
    this.set('paused');
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else this.play();
  }

  /** Stops and goes back to the start. */
  stop(): void {
    this.silence();
    this.position = { index: 0, offset: 0 };
    this.set('idle');
  }

  /** The next (+1) or previous (-1) paragraph, from its start; read at once while playing. */
  step(direction: 1 | -1): void {
    const index = stepIndex(this.position.index, direction, this.texts.length);
    if (this.state === 'playing') this.speakFrom({ index, offset: 0 });
    else {
      this.position = { index, offset: 0 };
      this.set(this.state === 'idle' ? 'paused' : this.state);
    }
  }

  /** A new rate or voice: while playing, the paragraph goes on from its last word with it. */
  configure(options: Partial<PlayerOptions>): void {
    this.options = { ...this.options, ...options };
    if (this.state === 'playing') this.speakFrom(this.position);
  }

  /** `exact`: the offset is where the last piece ended, not a word to go back to the start of. */
  private speakFrom(position: Position, exact = false): void {
    this.silence();
    const whole = this.texts[position.index]!;
    const rest = exact ? { text: whole.slice(position.offset), offset: position.offset } : remainingText(whole, position.offset);
    const offset = rest.offset;
    const text = this.options.voice?.localService === false ? firstPiece(rest.text, ONLINE_PIECE) : rest.text;
    this.position = { index: position.index, offset };
    const utterance = this.utterance(text);
    utterance.lang = this.options.lang;
    utterance.rate = this.options.rate;
    utterance.voice = this.options.voice;
    utterance.onboundary = (event) => {
      if (utterance !== this.current || (event.name && event.name !== 'word')) return;
      this.position = { index: position.index, offset: offset + event.charIndex };
      this.events.onWord?.(position.index, offset + event.charIndex, event.charLength ?? 0);
    };
    utterance.onend = () => {
      if (utterance !== this.current) return;
      this.current = null;
      if (offset + text.length < whole.length) this.speakFrom({ index: position.index, offset: offset + text.length }, true);
      else if (position.index + 1 < this.texts.length) this.speakFrom({ index: position.index + 1, offset: 0 });
      else this.stop();
    };
    utterance.onerror = (event) => {
      if (utterance !== this.current || CANCELLED.has(event.error ?? '')) return;
      this.current = null;
      this.set('paused');
      this.events.onError?.(event.error ?? 'error');
    };
    this.current = utterance;
    this.set('playing');
    this.synth.speak(utterance);
  }

  /** Cancels what is being said; its late end and error events are then ignored. */
  private silence(): void {
    if (this.current === null) return;
    this.current = null;
    this.synth.cancel();
  }

  private set(state: PlayerState): void {
    this.state = state;
    this.events.onChange(state, this.position.index);
  }
}

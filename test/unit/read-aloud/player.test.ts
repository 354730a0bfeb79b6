// The player against a recording fake of speechSynthesis: what it says, in which order, and what
// pause, resume, steps, a new rate and the end of the queue do. The fake speaks nothing: each test
// ends utterances or sends word boundaries itself, as a voice would.
import { describe, expect, it } from 'vitest';
import { ReadAloudPlayer, type PlayerState, type UtteranceLike } from '../../../src/ui/reader/read-aloud/player';

class FakeSynthesis {
  spoken: UtteranceLike[] = [];
  cancels = 0;
  speak(utterance: UtteranceLike) { this.spoken.push(utterance); }
  cancel() {
    this.cancels += 1;
    // A real synthesis tells the cancelled utterance it was interrupted (and Chrome also ends it).
    const last = this.spoken[this.spoken.length - 1];
    last?.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent);
    last?.onend?.({} as SpeechSynthesisEvent);
  }
  get last() { return this.spoken[this.spoken.length - 1]!; }
  end() { this.last.onend?.({} as SpeechSynthesisEvent); }
  word(charIndex: number, charLength = 0) { this.last.onboundary?.({ name: 'word', charIndex, charLength } as SpeechSynthesisEvent); }
  texts() { return this.spoken.map((u) => u.text); }
}

const utterance = (text: string): UtteranceLike => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null, onboundary: null });
const TEXTS = ['Title', 'First paragraph here.', 'Second one.'];

function setup(texts = TEXTS) {
  const synth = new FakeSynthesis();
  const changes: [PlayerState, number][] = [];
  const words: [number, number, number][] = [];
  const errors: string[] = [];
  const voice = { name: 'Damayanti', lang: 'id-ID', voiceURI: 'uri:d', localService: true };
  const player = new ReadAloudPlayer(synth, utterance, texts, { lang: 'id', rate: 1.25, voice }, {
    onChange: (state, index) => changes.push([state, index]),
    onWord: (index, start, length) => words.push([index, start, length]),
    onError: (error) => errors.push(error),
  });
  return { synth, player, changes, words, errors, voice };
}

describe('ReadAloudPlayer', () => {
  it('reads each text in turn with the language, rate and voice, and stops at the end', () => {
    const { synth, player, changes, voice } = setup();
    player.play();
    expect(synth.last).toMatchObject({ text: 'Title', lang: 'id', rate: 1.25, voice });
    synth.end();
    synth.end();
    synth.end();
    expect(synth.texts()).toEqual(TEXTS);
    expect(player.state).toBe('idle');
    expect(changes.at(-1)).toEqual(['idle', 0]);
    expect(changes.filter(([state]) => state === 'playing').map(([, i]) => i)).toEqual([0, 1, 2]);
  });

  it('pauses by cancelling, ignores the cancelled utterance\'s events, and resumes from the last word begun', () => {
    const { synth, player, words } = setup();
    player.play();
    synth.end();
    synth.word(6, 9);
    expect(words).toEqual([[1, 6, 9]]);
    player.toggle();
    expect(player.state).toBe('paused');
    expect(synth.cancels).toBe(1);
    // The cancel's interrupted error and late end neither moved on nor failed.
    expect(synth.spoken).toHaveLength(2);
    player.toggle();
    expect(synth.last.text).toBe('paragraph here.');
    // Boundaries of the rest are offsets into the whole paragraph again.
    synth.word(10, 5);
    expect(words.at(-1)).toEqual([1, 16, 5]);
  });

  it('steps to the next and previous paragraph from their start, at once while playing', () => {
    const { synth, player } = setup();
    player.play();
    player.step(1);
    expect(synth.last.text).toBe('First paragraph here.');
    player.step(1);
    player.step(1);
    expect(synth.last.text).toBe('Second one.');
    player.step(-1);
    expect(synth.last.text).toBe('First paragraph here.');
    expect(player.index).toBe(1);
  });

  it('moves without speaking while paused', () => {
    const { synth, player } = setup();
    player.play();
    player.pause();
    player.step(1);
    expect(synth.spoken).toHaveLength(1);
    expect(player.state).toBe('paused');
    player.play();
    expect(synth.last.text).toBe('First paragraph here.');
  });

  it('goes on from the last word with a new rate', () => {
    const { synth, player } = setup();
    player.play();
    synth.end();
    synth.word(16, 5);
    player.configure({ rate: 2 });
    expect(synth.last).toMatchObject({ text: 'here.', rate: 2 });
  });

  it('stops and starts over from the title', () => {
    const { synth, player } = setup();
    player.play();
    synth.end();
    player.stop();
    expect(player.state).toBe('idle');
    player.play();
    expect(synth.last.text).toBe('Title');
  });

  it('pauses and reports a failure of the synthesis (not a cancel)', () => {
    const { synth, player, errors } = setup();
    player.play();
    synth.last.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent);
    expect(player.state).toBe('paused');
    expect(errors).toEqual(['synthesis-failed']);
    expect(synth.spoken).toHaveLength(1);
  });

  it('does nothing with nothing to read', () => {
    const { synth, player } = setup([]);
    player.play();
    expect(synth.spoken).toEqual([]);
    expect(player.state).toBe('idle');
  });

  it('gives an online voice a long paragraph a piece at a time, and goes on to the next paragraph after the last piece', () => {
    const sentence = 'Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertukar surat. ';
    const long = (sentence.repeat(5) + 'Selesai').trim();
    const synth = new FakeSynthesis();
    const online = { name: 'Google', lang: 'id-ID', voiceURI: 'uri:g', localService: false };
    const player = new ReadAloudPlayer(synth, utterance, [long, 'Next.'], { lang: 'id', rate: 1, voice: online }, { onChange: () => undefined });
    player.play();
    for (let guard = 0; guard < 20 && synth.last.text !== 'Next.'; guard++) synth.end();
    const pieces = synth.texts().slice(0, -1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length <= 200)).toBe(true);
    expect(pieces.join('')).toBe(long);
    expect(synth.last.text).toBe('Next.');
  });

  it('never loops on a word longer than a piece', () => {
    const word = 'x'.repeat(450);
    const synth = new FakeSynthesis();
    const online = { name: 'Google', lang: 'en-US', voiceURI: 'uri:g', localService: false };
    const player = new ReadAloudPlayer(synth, utterance, [word], { lang: 'en', rate: 1, voice: online }, { onChange: () => undefined });
    player.play();
    for (let guard = 0; guard < 10 && player.state === 'playing'; guard++) synth.end();
    expect(synth.texts().join('')).toBe(word);
    expect(player.state).toBe('idle');
  });
});

// @vitest-environment jsdom
// The hook as the view uses it, on a rendered article with a fake speech window: voices that load
// late, the tab hidden and shown, the page going away, a voice chosen and remembered.
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULTS, type Settings } from '../../../src/shared/settings';
import type { UtteranceLike } from '../../../src/ui/reader/read-aloud/player';
import { useReadAloud, type ReadAloud, type SpeechWindow } from '../../../src/ui/reader/read-aloud/useReadAloud';
import type { VoiceLike } from '../../../src/ui/reader/read-aloud/voices';

const LOCAL_ID: VoiceLike = { name: 'Damayanti', lang: 'id-ID', voiceURI: 'uri:d', localService: true };
const OTHER_ID: VoiceLike = { name: 'Ardi', lang: 'id-ID', voiceURI: 'uri:a', localService: true };

function fakeWindow(voices: VoiceLike[]) {
  const listeners: (() => void)[] = [];
  const spoken: UtteranceLike[] = [];
  let cancels = 0;
  const speech: SpeechWindow = {
    speechSynthesis: {
      speak: (u) => { spoken.push(u); },
      cancel: () => { cancels += 1; },
      getVoices: () => voices,
      addEventListener: (_type, listener) => { listeners.push(listener); },
    },
    SpeechSynthesisUtterance: class {
      lang = ''; rate = 1; voice = null; onend = null; onerror = null; onboundary = null;
      constructor(public text: string) {}
    } as unknown as SpeechWindow['SpeechSynthesisUtterance'],
  };
  return { speech, spoken, cancels: () => cancels, voicesArrive: (list: VoiceLike[]) => { voices.push(...list); listeners.forEach((l) => l()); } };
}

let reading: ReadAloud;
function Article({ speech, settings, onChange }: { speech: SpeechWindow; settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  const body = useRef<HTMLDivElement>(null);
  reading = useReadAloud({ speech, body, lang: 'id', settings, onChange });
  return (
    <article>
      <h1 class="reader-title">Judul</h1>
      <div class="reader-body" ref={body}><p>Satu.</p><figure><figcaption>Foto: AP</figcaption></figure><p>Dua.</p></div>
    </article>
  );
}

function mount(speech: SpeechWindow, settings: Settings = DEFAULTS) {
  document.body.innerHTML = '<div id="app"></div>';
  const onChange = vi.fn();
  act(() => render(<Article speech={speech} settings={settings} onChange={onChange} />, document.getElementById('app')!));
  return onChange;
}

const setVisibility = (value: string) => act(() => {
  Object.defineProperty(document, 'visibilityState', { value, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
});

afterEach(() => {
  act(() => render(null, document.getElementById('app')!));
  document.body.innerHTML = '';
});

describe('useReadAloud', () => {
  it('waits for voices that load late, then reads the title and marks it', async () => {
    const fake = fakeWindow([]);
    mount(fake.speech);
    act(() => reading.toggle());
    expect(fake.spoken).toEqual([]);
    await act(async () => { fake.voicesArrive([LOCAL_ID]); await Promise.resolve(); });
    expect(fake.spoken.map((u) => u.text)).toEqual(['Judul']);
    expect(fake.spoken[0]!.voice).toBe(LOCAL_ID);
    expect(document.querySelector('.read-aloud-current')?.textContent).toBe('Judul');
    expect(reading.total).toBe(3);
  });

  it('pauses when the tab is hidden and goes on when it is shown; stops when the page goes away', async () => {
    const fake = fakeWindow([LOCAL_ID]);
    mount(fake.speech);
    await act(async () => { reading.toggle(); await Promise.resolve(); });
    act(() => fake.spoken[0]!.onend?.({} as SpeechSynthesisEvent));
    expect(fake.spoken.map((u) => u.text)).toEqual(['Judul', 'Satu.']);
    setVisibility('hidden');
    expect(reading.state).toBe('paused');
    expect(fake.cancels()).toBe(1);
    setVisibility('visible');
    expect(reading.state).toBe('playing');
    expect(fake.spoken.at(-1)!.text).toBe('Satu.');
    act(() => { window.dispatchEvent(new Event('pagehide')); });
    expect(reading.state).toBe('idle');
    expect(fake.cancels()).toBe(2);
    expect(document.querySelector('.read-aloud-current')).toBeNull();
  });

  it('reads with the voice remembered for the language, and remembers a new choice', async () => {
    const fake = fakeWindow([LOCAL_ID, OTHER_ID]);
    const onChange = mount(fake.speech, { ...DEFAULTS, readAloudVoices: { id: OTHER_ID.voiceURI, en: 'uri:en' } });
    await act(async () => { reading.toggle(); await Promise.resolve(); });
    expect(fake.spoken[0]!.voice).toBe(OTHER_ID);
    act(() => reading.setVoice(LOCAL_ID.voiceURI));
    expect(onChange).toHaveBeenCalledWith({ readAloudVoices: { id: LOCAL_ID.voiceURI, en: 'uri:en' } });
    expect(fake.spoken.at(-1)!.voice).toBe(LOCAL_ID);
  });

  it('has nothing to say without a speech synthesis, and says so', async () => {
    mount({});
    await act(async () => { reading.toggle(); await Promise.resolve(); });
    expect(reading.notice).toBe('none');
  });
});

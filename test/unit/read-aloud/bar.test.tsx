// @vitest-environment jsdom
// The read-aloud bar as the view renders it: hidden but heard while idle, its words in the
// interface's language, every control named, and the questions it asks.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withI18n } from '../helpers/with-i18n';
import { ReadAloudBar, type ReadAloudBarProps } from '../../../src/ui/reader/read-aloud/ReadAloudBar';
import { VoiceChoices } from '../../../src/ui/components/VoiceChoices';

const VOICES = [
  { name: 'Damayanti', lang: 'id-ID', voiceURI: 'uri:d', localService: true },
  { name: 'Google Bahasa Indonesia', lang: 'id-ID', voiceURI: 'uri:g', localService: false },
];

function show(props: Partial<ReadAloudBarProps>, locale = 'en') {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  const handlers = { onToggle: vi.fn(), onStop: vi.fn(), onStep: vi.fn(), onRate: vi.fn(), onVoice: vi.fn(), onAllowOnline: vi.fn() };
  act(() => render(withI18n(
    <ReadAloudBar state="idle" index={0} total={10} notice={null} lang="id" voices={VOICES} voiceURI="uri:d" rate={1} {...handlers} {...props} />,
    locale,
  ), root));
  return { root, ...handlers, bar: root.querySelector('.read-aloud-bar')!, status: () => root.querySelector('[role="status"]')?.textContent };
}

afterEach(() => {
  render(null, document.getElementById('app') ?? document.body);
  document.body.innerHTML = '';
});

describe('ReadAloudBar', () => {
  it('keeps its status region in the page while idle, out of sight and with no controls', () => {
    const { bar, status, root } = show({});
    expect(bar.classList.contains('visually-hidden')).toBe(true);
    expect(status()).toBe('');
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('says which paragraph is read, and names each control', () => {
    const { bar, status, root, onStep, onToggle } = show({ state: 'playing', index: 2 });
    expect(bar.classList.contains('visually-hidden')).toBe(false);
    expect(status()).toBe('Reading paragraph 3 of 10');
    const names = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Previous paragraph', 'Pause', 'Next paragraph', 'Stop']);
    (root.querySelector('.read-aloud-next') as HTMLButtonElement).click();
    (root.querySelector('.read-aloud-toggle') as HTMLButtonElement).click();
    expect(onStep).toHaveBeenCalledWith(1);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('speaks Indonesian in an Indonesian interface', () => {
    expect(show({ state: 'paused', index: 0 }, 'id').status()).toBe('Dijeda di paragraf 1 dari 10');
    expect(show({ notice: 'none' }, 'id').status()).toBe('Tidak ada suara di perangkat ini untuk bahasa Indonesia, jadi artikel tidak dapat dibacakan.');
  });

  it('lists the voices, online ones marked, and the speeds; a choice is told', () => {
    const { root, onVoice, onRate } = show({ state: 'playing' });
    const voice = root.querySelector<HTMLSelectElement>('.read-aloud-voice')!;
    expect([...voice.options].map((o) => o.textContent)).toEqual(['Damayanti', 'Google Bahasa Indonesia (online)']);
    voice.value = 'uri:g';
    act(() => { voice.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(onVoice).toHaveBeenCalledWith('uri:g');
    const rate = root.querySelector<HTMLSelectElement>('.read-aloud-rate')!;
    expect(rate.options[0]!.textContent).toBe('0.5×');
    expect(rate.options[rate.options.length - 1]!.textContent).toBe('2×');
    rate.value = '1.5';
    act(() => { rate.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(onRate).toHaveBeenCalledWith(1.5);
  });

  it('asks about online voices with the focus on Continue', () => {
    const { root, status, onAllowOnline } = show({ notice: 'online' });
    expect(status()).toMatch(/^Only online voices read Indonesian here/);
    expect(document.activeElement?.textContent).toBe('Continue');
    const cancel = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
    cancel.click();
    expect(onAllowOnline).toHaveBeenCalledWith(false);
  });
});

describe('VoiceChoices (options page)', () => {
  it('lists the remembered voices by language, each one forgettable', () => {
    document.body.innerHTML = '<div id="app"></div>';
    const onChange = vi.fn();
    act(() => render(withI18n(<VoiceChoices label="Voice" voices={{ id: 'Damayanti', en: 'Samantha' }} onChange={onChange} />), document.getElementById('app')!));
    const items = [...document.querySelectorAll('li span')].map((s) => s.textContent);
    expect(items).toEqual(['English: Samantha', 'Indonesian: Damayanti']);
    const forget = document.querySelector<HTMLButtonElement>('button[aria-label="Forget the voice for Indonesian"]')!;
    expect(forget.textContent).toBe('Forget');
    forget.click();
    expect(onChange).toHaveBeenCalledWith({ en: 'Samantha' });
  });
});

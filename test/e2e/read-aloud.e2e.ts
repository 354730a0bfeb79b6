// Read aloud in Chromium, with a recording speechSynthesis put in the reader frame before any key is
// pressed (headless Chromium may have no voice at all; the view looks the synthesis up when reading
// starts). The fake speaks nothing: a test ends an utterance or sends a word boundary itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { SCHEMA } from '../../src/shared/settings';
import { clickToolbar, fixtures, openPage, paragraphs, readerFrame, useBrowser, waitForNoReader } from './harness';

const session = useBrowser();
const ENGLISH = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const SEED = fixtures().find((f) => f.file === 'seed.html')!;
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

interface FakeVoice { name: string; lang: string; voiceURI: string; localService: boolean }

afterEach(async () => {
  await session.b.worker.evaluate(() => chrome.storage.sync.clear());
});

/** Replaces the frame's speech synthesis with one that records what it is asked (cancels also on the console: heard after the frame is gone). */
async function fakeSpeech(frame: Frame, voices: FakeVoice[]): Promise<void> {
  await frame.evaluate((list) => {
    type Utterance = { text: string; lang: string; rate: number; voice: { voiceURI: string } | null; onend: ((e: unknown) => void) | null; onboundary: ((e: unknown) => void) | null; onerror: ((e: unknown) => void) | null };
    const spoken: Utterance[] = [];
    const fake = {
      spoken,
      cancels: 0,
      speak(u: Utterance) { spoken.push(u); },
      cancel() {
        fake.cancels += 1;
        console.log('fake-speech: cancel');
      },
      pause() {}, resume() {},
      getVoices: () => list,
      addEventListener() {}, removeEventListener() {},
    };
    class FakeUtterance {
      lang = ''; rate = 1; voice = null; onend = null; onboundary = null; onerror = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  }, voices);
}

const spoken = (frame: Frame) => frame.evaluate(() => (window.speechSynthesis as unknown as { spoken: { text: string; lang: string; rate: number; voice: { voiceURI: string } | null }[] }).spoken
  .map((u) => ({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.voiceURI ?? null })));
const cancels = (frame: Frame) => frame.evaluate(() => (window.speechSynthesis as unknown as { cancels: number }).cancels);
/** Ends (or sends a word boundary to) the utterance spoken last, as a voice would. */
const endLast = (frame: Frame) => frame.evaluate(() => {
  const all = (window.speechSynthesis as unknown as { spoken: { onend: ((e: unknown) => void) | null }[] }).spoken;
  all[all.length - 1]!.onend?.({});
});
const boundaryLast = (frame: Frame, charIndex: number, charLength: number) => frame.evaluate(([index, length]) => {
  const all = (window.speechSynthesis as unknown as { spoken: { onboundary: ((e: unknown) => void) | null }[] }).spoken;
  all[all.length - 1]!.onboundary?.({ name: 'word', charIndex: index, charLength: length });
}, [charIndex, charLength] as const);
const status = (frame: Frame) => frame.locator('.read-aloud-status').textContent();
const fill = (key: string, ...subs: string[]) => subs.reduce((text, sub) => text.replace(/\$[A-Z]+\$/, sub), ENGLISH[key]!.message);

const INDONESIAN_VOICE: FakeVoice = { name: 'Suara Uji', lang: 'id-ID', voiceURI: 'test-voice-id', localService: true };
const ENGLISH_VOICE: FakeVoice = { name: 'Test Voice', lang: 'en-US', voiceURI: 'test-voice-en', localService: true };

async function openSeed(): Promise<{ page: Page; frame: Frame }> {
  const page = await openPage(session.b, `${session.served.origin}/pages/seed.html`);
  await clickToolbar(session.b, page);
  return { page, frame: await readerFrame(page) };
}

describe('read aloud', () => {
  it('r reads the title, then the first paragraph, in the article\'s language; r pauses and resumes; next moves; Escape stops', async () => {
    const { page, frame } = await openSeed();
    await fakeSpeech(frame, [ENGLISH_VOICE, INDONESIAN_VOICE]);
    const body = paragraphs(SEED.body);
    await page.keyboard.press('r');
    await expect.poll(() => spoken(frame)).toHaveLength(1);
    const [title] = await spoken(frame);
    expect(normal(title!.text)).toBe(normal(SEED.title));
    expect(title!.lang.split('-')[0]).toBe('id');
    expect(title!.voice).toBe('test-voice-id');
    // The title counts as the first of the items read: every paragraph of the story follows it.
    await expect.poll(() => status(frame)).toMatch(/^Reading paragraph 1 of \d+$/);
    expect(Number((await status(frame))!.split(' ').pop())).toBeGreaterThanOrEqual(body.length + 1);

    // The title read, the voice goes on to the first paragraph, marked and in view.
    await endLast(frame);
    await expect.poll(() => spoken(frame)).toHaveLength(2);
    expect(normal((await spoken(frame))[1]!.text)).toBe(body[0]);
    expect(normal((await frame.locator('.read-aloud-current').textContent())!)).toBe(body[0]);

    // A word boundary marks the word; r pauses (the voice is cancelled), r again goes on from that word.
    const word = body[0]!.indexOf(' ', 30) + 1;
    await boundaryLast(frame, word, 5);
    expect(await frame.evaluate(() => CSS.highlights.has('read-aloud-word'))).toBe(true);
    const cancelledBefore = await cancels(frame);
    await page.keyboard.press('r');
    await expect.poll(() => cancels(frame)).toBe(cancelledBefore + 1);
    await expect.poll(() => status(frame)).toMatch(/^Paused at paragraph 2 of \d+$/);
    expect(await spoken(frame)).toHaveLength(2);
    await page.keyboard.press('r');
    await expect.poll(() => spoken(frame)).toHaveLength(3);
    expect(normal((await spoken(frame))[2]!.text)).toBe(body[0]!.slice(word));

    // Next paragraph, from the bar's button, reached with Tab like every other control of the view.
    await frame.locator('.read-aloud-toggle').focus();
    await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.className)).toBe('read-aloud-next');
    await page.keyboard.press('Enter');
    await expect.poll(() => spoken(frame)).toHaveLength(4);
    expect(normal((await spoken(frame))[3]!.text)).toBe(body[1]);
    await expect.poll(() => status(frame)).toMatch(/^Reading paragraph 3 of \d+$/);

    // A hidden tab silences the voice; shown again, it goes on with the same paragraph.
    const cancelledBeforeHiding = await cancels(frame);
    const setVisibility = (state: string) => frame.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { value, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
    await setVisibility('hidden');
    expect(await cancels(frame)).toBe(cancelledBeforeHiding + 1);
    await expect.poll(() => status(frame)).toMatch(/^Paused at paragraph 3 of \d+$/);
    await setVisibility('visible');
    await expect.poll(() => spoken(frame)).toHaveLength(5);
    expect(normal((await spoken(frame))[4]!.text)).toBe(body[1]);

    // Escape closes the view, and the voice stops with it.
    const cancelledOnClose: string[] = [];
    page.on('console', (message) => { if (message.text() === 'fake-speech: cancel') cancelledOnClose.push(message.text()); });
    await page.keyboard.press('Escape');
    await waitForNoReader(page);
    await expect.poll(() => cancelledOnClose.length).toBeGreaterThan(0);
    await page.close();
  });

  it('says so, in the interface\'s language, when no voice reads the article\'s language', async () => {
    const { page, frame } = await openSeed();
    await fakeSpeech(frame, [ENGLISH_VOICE]);
    await page.keyboard.press('r');
    await expect.poll(() => status(frame)).toBe(fill('readAloud_noVoice', 'Indonesian'));
    expect(await frame.locator('.read-aloud-bar').isVisible()).toBe(true);
    expect(await spoken(frame)).toEqual([]);
    await page.close();
  });

  it('asks before an online voice reads, and reads once allowed', async () => {
    const { page, frame } = await openSeed();
    await fakeSpeech(frame, [{ ...INDONESIAN_VOICE, localService: false }]);
    await page.keyboard.press('r');
    await expect.poll(() => status(frame)).toBe(fill('readAloud_onlineOnly', 'Indonesian'));
    expect(await spoken(frame)).toEqual([]);
    // The question has the focus (once drawn): Enter answers Continue.
    await expect.poll(() => frame.evaluate(() => document.activeElement?.closest('.read-aloud-actions') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => spoken(frame)).toHaveLength(1);
    await expect.poll(() => session.b.worker.evaluate(() => chrome.storage.sync.get('readAloudOnline'))).toEqual({ readAloudOnline: true });
    await page.close();
  });

  it('the toolbar\'s Read aloud button starts reading and, pressed again, stops it', async () => {
    const { page, frame } = await openSeed();
    await fakeSpeech(frame, [INDONESIAN_VOICE]);
    const button = frame.getByRole('button', { name: ENGLISH.reader_readAloud!.message, exact: true });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await expect.poll(() => spoken(frame)).toHaveLength(1);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const cancelled = await cancels(frame);
    await button.press('Enter');
    await expect.poll(() => cancels(frame)).toBe(cancelled + 1);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await status(frame)).toBe('');
    await page.close();
  });

  // axe-core, as test/e2e/a11y.e2e.ts runs it, on the view with the bar showing its controls.
  const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const THEMES = SCHEMA.theme.spec.kind === 'enum' ? SCHEMA.theme.spec.values : [];
  it.each(THEMES.map((theme) => [theme]))('the bar has nothing serious for axe in the %s theme', async (theme) => {
    await session.b.worker.evaluate((value) => chrome.storage.sync.set({ theme: value }), theme);
    const { page, frame } = await openSeed();
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await fakeSpeech(frame, [INDONESIAN_VOICE, { ...INDONESIAN_VOICE, name: 'Suara Daring', voiceURI: 'online', localService: false }]);
    await page.keyboard.press('r');
    await frame.locator('.read-aloud-voice').waitFor();
    await frame.evaluate(AXE_SOURCE);
    const findings = await frame.evaluate(async () => {
      const { axe } = globalThis as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } };
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
    expect(findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
    await page.close();
  });
});

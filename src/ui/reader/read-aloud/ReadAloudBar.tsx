import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../components/i18n';
import type { PlayerState } from './player';
import type { ReadAloudNotice } from './useReadAloud';
import { languageOf, type VoiceLike } from './voices';

export interface ReadAloudBarProps {
  state: PlayerState;
  /** The item being read (0: the title) and how many there are. */
  index: number;
  total: number;
  notice: ReadAloudNotice;
  /** The article's language, for the "no voice" and "online voices" words. */
  lang: string;
  voices: readonly VoiceLike[];
  voiceURI: string | undefined;
  rate: number;
  onToggle: () => void;
  onStop: () => void;
  onStep: (direction: 1 | -1) => void;
  onRate: (rate: number) => void;
  onVoice: (voiceURI: string) => void;
  onAllowOnline: (allow: boolean) => void;
}

const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

// Drawn, not typed: the media symbols (⏮ ⏸ ⏭ ⏹) are missing from many systems' fonts.
const ICONS = {
  previous: 'M4 3h2v10H4zM14 3v10L7 8z',
  next: 'M10 3h2v10h-2zM2 3v10l7-5z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  stop: 'M3 3h10v10H3z',
};
const Icon = ({ name }: { name: keyof typeof ICONS }) => (
  <svg class="read-aloud-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d={ICONS[name]} fill="currentColor" /></svg>
);

/**
 * The read-aloud controls, at the foot of the view while reading (or while a question about the
 * voices waits): previous, play or pause, next, stop, speed and voice. Its status line is always
 * in the page (a live region must be there before it speaks), and says what is read or why not.
 */
export function ReadAloudBar(props: ReadAloudBarProps) {
  const ui = useI18n();
  const { state, index, total, notice, voices, voiceURI, rate } = props;
  // The language alone ("Indonesian"), not its region ("Indonesian (Indonesia)"): voices are matched by it.
  const code = languageOf(props.lang || ui.lang);
  const language = new Intl.DisplayNames([ui.lang], { type: 'language' }).of(code) ?? code;
  const continueButton = useRef<HTMLButtonElement>(null);
  // The question about online voices takes the focus: it waits for an answer before anything is read.
  useEffect(() => {
    if (notice === 'online') continueButton.current?.focus();
  }, [notice]);
  const status = notice === 'none' ? ui.t('readAloud_noVoice', language)
    : notice === 'online' ? ui.t('readAloud_onlineOnly', language)
      : state === 'playing' ? ui.t('readAloud_reading', ui.number(index + 1), ui.number(total))
        : state === 'paused' ? ui.t('readAloud_paused', ui.number(index + 1), ui.number(total)) : '';
  const shown = notice !== null || state !== 'idle';
  return (
    // Hidden from sight but not from the accessibility tree while idle: the status region stays put.
    <section class={shown ? 'read-aloud-bar' : 'read-aloud-bar visually-hidden'} aria-label={ui.t('readAloud_controls')}>
      <p class="read-aloud-status" role="status">{status}</p>
      {notice === 'online' && (
        <div class="read-aloud-actions">
          <button type="button" ref={continueButton} onClick={() => props.onAllowOnline(true)}>{ui.t('readAloud_continue')}</button>
          <button type="button" onClick={() => props.onAllowOnline(false)}>{ui.t('readAloud_cancel')}</button>
        </div>
      )}
      {notice === 'none' && (
        <div class="read-aloud-actions">
          <button type="button" onClick={props.onStop}>{ui.t('readAloud_dismiss')}</button>
        </div>
      )}
      {notice === null && state !== 'idle' && (
        <div class="read-aloud-actions">
          <button type="button" class="read-aloud-previous" onClick={() => props.onStep(-1)} aria-label={ui.t('readAloud_previous')} title={ui.t('readAloud_previous')}><Icon name="previous" /></button>
          <button type="button" class="read-aloud-toggle" onClick={props.onToggle} aria-label={ui.t(state === 'playing' ? 'readAloud_pause' : 'readAloud_play')} title={ui.t(state === 'playing' ? 'readAloud_pause' : 'readAloud_play')}>
            <Icon name={state === 'playing' ? 'pause' : 'play'} />
          </button>
          <button type="button" class="read-aloud-next" onClick={() => props.onStep(1)} aria-label={ui.t('readAloud_next')} title={ui.t('readAloud_next')}><Icon name="next" /></button>
          <button type="button" class="read-aloud-stop" onClick={props.onStop} aria-label={ui.t('readAloud_stop')} title={ui.t('readAloud_stop')}><Icon name="stop" /></button>
          <label>
            {ui.t('readAloud_speed')}{' '}
            <select class="read-aloud-rate" value={String(rate)} onChange={(e) => props.onRate(Number(e.currentTarget.value))}>
              {RATES.map((r) => <option key={r} value={String(r)}>{`${ui.number(r)}×`}</option>)}
            </select>
          </label>
          {voices.length > 1 && (
            <label>
              {ui.t('readAloud_voice')}{' '}
              <select class="read-aloud-voice" value={voiceURI} onChange={(e) => props.onVoice(e.currentTarget.value)}>
                {voices.map((v) => (
                  <option key={v.voiceURI} value={v.voiceURI}>{v.localService ? v.name : ui.t('readAloud_onlineVoice', v.name)}</option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
    </section>
  );
}

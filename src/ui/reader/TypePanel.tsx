import { useEffect, useRef } from 'preact/hooks';
import { SCHEMA, type SettingKey, type Settings } from '../../shared/settings';
import { useI18n } from '../components/i18n';
import { SettingControl } from '../components/SettingControl';
import { closeOnEscape, closeOnFocusLeaving, useOutsideClick } from './layers';

export interface TypePanelProps {
  id: string;
  /** Closed, the panel stays in the DOM (hidden) so its button's aria-controls always names it. */
  open: boolean;
  settings: Settings;
  /** Each change at once, as a patch of the one setting it changes. */
  onChange: (patch: Partial<Settings>) => void;
  onOpen: () => void;
  onClose: () => void;
}

const SIZE = SCHEMA.fontSize.spec.kind === 'number' ? SCHEMA.fontSize.spec : { min: 12, max: 36, step: 1, unit: 'px' };

/** The controls the panel shows, in its order (the text size has its own − and + buttons). */
export const PANEL_SETTINGS = ['fontFamily', 'fontSize', 'lineHeight', 'paragraphSpacing', 'contentWidth', 'textAlign', 'theme'] as const satisfies readonly SettingKey[];

/**
 * The "Aa" button and the panel it opens (as in Firefox Reader View): typeface, text size, line
 * height, paragraph spacing, line width, alignment and theme, each applied as it changes.
 */
export function TypePanel({ id, open, settings, onChange, onOpen, onClose }: TypePanelProps) {
  const ui = useI18n();
  const { t } = ui;
  const layer = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  useOutsideClick(open, layer, onClose);
  // Opened, the panel takes the focus (its first control); closed with Escape, the button gets it back.
  useEffect(() => {
    if (!open || !panel.current) return;
    (panel.current.querySelector<HTMLElement>('input:checked') ?? panel.current.querySelector<HTMLElement>('input, button'))?.focus();
  }, [open]);
  const dismiss = () => {
    onClose();
    button.current?.focus();
  };
  const set = <K extends SettingKey>(name: K, value: Settings[K]) => onChange({ [name]: value } as Partial<Settings>);
  const size = (delta: number) => onChange({ fontSize: Math.min(SIZE.max, Math.max(SIZE.min, settings.fontSize + delta)) });
  const control = (name: Exclude<(typeof PANEL_SETTINGS)[number], 'fontSize'>) => (
    <SettingControl key={name} name={name} value={settings[name]} onChange={set} compact />
  );
  return (
    <div class="reader-layer" ref={layer} onKeyDown={closeOnEscape(open, dismiss)} onFocusOut={closeOnFocusLeaving(open, onClose)}>
      <button
        type="button" ref={button} id={`${id}-toggle`} class="type-toggle" onClick={open ? onClose : onOpen}
        aria-expanded={open} aria-controls={id} title={t('reader_typePanel')}
      >
        {t('reader_typeSymbol')}
      </button>
      {/* tabIndex -1: a click on the panel's background keeps the focus in it (not on the page's body), so Escape still closes the panel first. */}
      <section id={id} ref={panel} class="type-panel" role="dialog" aria-label={t('reader_typePanel')} hidden={!open} tabIndex={-1}>
        {control('fontFamily')}
        <div class="setting setting-size" role="group" aria-labelledby={`${id}-size`}>
          <span id={`${id}-size`} class="setting-size-label">{t('setting_fontSize')}</span>
          {/* Named by what they show and what they do ("A+ Larger text"): a name holds the visible text. */}
          <button type="button" onClick={() => size(-SIZE.step)} title={t('reader_smaller')} disabled={settings.fontSize <= SIZE.min}>
            {t('reader_smallerSymbol')}<span class="visually-hidden"> {t('reader_smaller')}</span>
          </button>
          <output aria-live="polite">{ui.number(settings.fontSize)}{SIZE.unit ?? ''}</output>
          <button type="button" onClick={() => size(SIZE.step)} title={t('reader_larger')} disabled={settings.fontSize >= SIZE.max}>
            {t('reader_largerSymbol')}<span class="visually-hidden"> {t('reader_larger')}</span>
          </button>
        </div>
        {control('lineHeight')}
        {control('paragraphSpacing')}
        {control('contentWidth')}
        {control('textAlign')}
        {control('theme')}
      </section>
    </div>
  );
}

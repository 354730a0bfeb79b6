import type { TabStatus } from '../../shared/messages';
import type { SettingKey, Settings } from '../../shared/settings';
import { SettingControl } from '../components/SettingControl';

export interface PopupProps {
  status: TabStatus | null;
  settings: Settings;
  onToggle: () => void;
  onChange: <K extends SettingKey>(name: K, value: Settings[K]) => void;
  onOpenOptions: () => void;
}

const QUICK: SettingKey[] = ['theme', 'fontSize', 'highlightEntities', 'autoMode'];

export function Popup({ status, settings, onToggle, onChange, onOpenOptions }: PopupProps) {
  const open = status?.state === 'open';
  const unavailable = status?.state === 'restricted';
  return (
    <main class="popup">
      <h1>Sift Reader</h1>
      {status?.message && <p class={`popup-status state-${status.state}`} role="status">{status.message}</p>}
      <button type="button" class="popup-toggle" onClick={onToggle} disabled={unavailable || status === null} aria-pressed={open}>
        {open ? 'Close the reading view' : 'Open the reading view'}
      </button>
      {QUICK.map((name) => (
        <SettingControl key={name} name={name} value={settings[name]} onChange={onChange} compact />
      ))}
      <button type="button" class="popup-options" onClick={onOpenOptions}>All settings…</button>
    </main>
  );
}

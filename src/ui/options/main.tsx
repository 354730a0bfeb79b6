import { render } from 'preact';
import { hasHostAccess, onHostAccessChange, removeHostAccess, requestHostAccess } from '../../shared/host-access';
import { localizePage } from '../../shared/i18n';
import { DEFAULTS, type Repair, type SettingKey, type Settings } from '../../shared/settings';
import { settingsStore } from '../../shared/settings/sync';
import { I18nContext } from '../components/i18n';
import { Options } from './Options';
import './options.css';

const root = document.getElementById('app')!;
const ui = localizePage(document, 'options_pageTitle');
let settings: Settings = { ...DEFAULTS };
let repairs: Repair[] = [];
let spilled: SettingKey[] = [];
let future = false;
let saved = false;
let saveError: string | null = null;
let hostAccess: boolean | null = null;

const grant = () => {
  // Straight from the click: the browser asks only within a user gesture.
  requestHostAccess().then((granted) => { hostAccess = granted; paint(); }).catch((e: unknown) => console.warn(e));
};

function paint() {
  document.documentElement.dataset.theme = settings.theme;
  render(
    <I18nContext.Provider value={ui}>
    <Options
      settings={settings}
      repairs={repairs}
      spilled={spilled}
      future={future}
      saved={saved}
      saveError={saveError}
      hostAccess={hostAccess}
      onChange={(name, value) => {
        // Turning automatic mode on is the moment to ask for the access it needs.
        if (name === 'autoMode' && value !== 'off' && hostAccess === false) grant();
        settings = { ...settings, [name]: value };
        saved = false;
        paint();
        settingsStore.save({ [name]: value })
          .then((stored) => { saved = true; saveError = null; settings = stored; void refreshNotes(); paint(); })
          .catch((e: unknown) => { saveError = e instanceof Error ? e.message : String(e); paint(); });
      }}
      onReset={() => {
        settingsStore.reset().then((next) => { settings = next; paint(); }).catch((e: unknown) => console.warn(e));
      }}
      onGrantAccess={grant}
      onRevokeAccess={() => { removeHostAccess().then(hasHostAccess).then((g) => { hostAccess = g; paint(); }).catch((e: unknown) => console.warn(e)); }}
    />
    </I18nContext.Provider>,
    root,
  );
}

settingsStore.subscribe((next) => { settings = next; paint(); });
onHostAccessChange((granted) => { hostAccess = granted; paint(); });
/** Where the settings live and what was repaired can change with any write (a map growing past a sync item). */
async function refreshNotes(): Promise<void> {
  ({ spilled, future } = await settingsStore.load());
  paint();
}

settingsStore.load().then((loaded) => {
  ({ settings, repairs, spilled, future } = loaded);
  paint();
  // Shown once: the notes another page left are forgotten now that the user has seen them here.
  void settingsStore.clearNotes().catch(() => undefined);
}).catch((e: unknown) => console.warn(e));
hasHostAccess().then((granted) => { hostAccess = granted; paint(); }).catch(() => undefined);
paint();

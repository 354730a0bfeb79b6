import { render } from 'preact';
import { DEFAULTS, type Repair, type Settings } from '../../shared/settings';
import { settingsStore } from '../../shared/settings/sync';
import { Options } from './Options';
import './options.css';

const root = document.getElementById('app')!;
let settings: Settings = { ...DEFAULTS };
let repairs: Repair[] = [];
let saved = false;

function paint() {
  document.documentElement.dataset.theme = settings.theme;
  render(
    <Options
      settings={settings}
      repairs={repairs}
      saved={saved}
      onChange={(name, value) => {
        settings = { ...settings, [name]: value };
        saved = false;
        paint();
        settingsStore.save({ [name]: value }).then(() => { saved = true; paint(); }).catch((e: unknown) => console.warn(e));
      }}
      onReset={() => {
        settingsStore.reset().then((next) => { settings = next; paint(); }).catch((e: unknown) => console.warn(e));
      }}
    />,
    root,
  );
}

settingsStore.subscribe((next) => { settings = next; paint(); });
settingsStore.load().then((loaded) => {
  ({ settings, repairs } = loaded);
  paint();
}).catch((e: unknown) => console.warn(e));
paint();

// The popup's shell. It acts on the tab named by ?tab= (set when the background opens it) or on
// the active tab.
import { render } from 'preact';
import browser from '../../shared/browser';
import { sendToBackground } from '../../shared/messaging';
import type { TabStatus } from '../../shared/messages';
import { DEFAULTS, type Settings } from '../../shared/settings';
import { settingsStore } from '../../shared/settings/sync';
import { Popup } from './Popup';
import './popup.css';

const root = document.getElementById('app')!;
let settings: Settings = { ...DEFAULTS };
let status: TabStatus | null = null;
let tabId: number | undefined;

function paint() {
  document.documentElement.dataset.theme = settings.theme;
  render(
    <Popup
      status={status}
      settings={settings}
      onToggle={() => {
        if (tabId === undefined) return;
        sendToBackground('tab/toggle', { tabId }).then((next) => { status = next; paint(); }).catch(showError);
      }}
      onChange={(name, value) => {
        settings = { ...settings, [name]: value };
        paint();
        settingsStore.save({ [name]: value }).catch(showError);
      }}
      onOpenOptions={() => { browser.runtime.openOptionsPage().then(() => window.close()).catch(showError); }}
    />,
    root,
  );
}

function showError(error: unknown) {
  status = { state: 'error', message: String(error) };
  paint();
}

async function targetTab(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

settingsStore.subscribe((next) => { settings = next; paint(); });

async function start() {
  paint();
  settings = (await settingsStore.load()).settings;
  tabId = await targetTab();
  status = tabId === undefined
    ? { state: 'restricted', message: 'There is no tab to read.' }
    : await sendToBackground('tab/get-status', { tabId });
  paint();
}

start().catch(showError);

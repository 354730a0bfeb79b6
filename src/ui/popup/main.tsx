// The popup's shell. It acts on the tab named by ?tab= (set when the background opens it) or on
// the active tab.
import { render } from 'preact';
import browser from '../../shared/browser';
import { hasHostAccess, requestHostAccess } from '../../shared/host-access';
import { localizePage } from '../../shared/i18n';
import { sendToBackground } from '../../shared/messaging';
import type { PageInfo, TabStatus } from '../../shared/messages';
import { DEFAULTS, type Settings } from '../../shared/settings';
import { settingsStore } from '../../shared/settings/sync';
import { withRule } from '../../shared/site-rules';
import { I18nContext } from '../components/i18n';
import { Popup } from './Popup';
import './popup.css';

const root = document.getElementById('app')!;
const ui = localizePage(document, 'popup_pageTitle');
let settings: Settings = { ...DEFAULTS };
let status: TabStatus | null = null;
let page: PageInfo | null = null;
let hostAccess: boolean | null = null;
let tabId: number | undefined;

const save = (patch: Partial<Settings>) => {
  settings = { ...settings, ...patch };
  paint();
  settingsStore.save(patch).catch(showError);
};

const grant = () => {
  // Straight from the click: the browser asks only within a user gesture.
  requestHostAccess().then((granted) => { hostAccess = granted; paint(); }).catch(showError);
};

function paint() {
  document.documentElement.dataset.theme = settings.theme;
  render(
    <I18nContext.Provider value={ui}>
    <Popup
      status={status}
      settings={settings}
      page={page}
      hostAccess={hostAccess}
      onToggle={() => {
        if (tabId === undefined) return;
        sendToBackground('tab/toggle', { tabId }).then((next) => { status = next; paint(); }).catch(showError);
      }}
      onChange={(name, value) => {
        if (name === 'autoMode' && value !== 'off' && hostAccess === false) grant();
        save({ [name]: value });
      }}
      onSiteRule={(site, rule) => {
        if (rule === 'always' && hostAccess === false) grant();
        save({ siteRules: withRule(settings.siteRules, site, rule) });
      }}
      onGrantAccess={grant}
      onOpenOptions={() => { browser.runtime.openOptionsPage().then(() => window.close()).catch(showError); }}
    />
    </I18nContext.Provider>,
    root,
  );
}

function showError(error: unknown) {
  status = { state: 'error', note: { key: 'note_openFailed', detail: String(error) } };
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
  // The access notice is secondary: it must not hold back the tab's status.
  void hasHostAccess().then((granted) => { hostAccess = granted; paint(); });
  settings = (await settingsStore.load()).settings;
  tabId = await targetTab();
  if (tabId === undefined) {
    status = { state: 'restricted', note: { key: 'note_noTabToRead' } };
  } else {
    [status, page] = await Promise.all([sendToBackground('tab/get-status', { tabId }), sendToBackground('tab/get-page', { tabId })]);
  }
  paint();
}

start().catch(showError);

import type { PageReport } from '../shared/messages';
import { settingsStore } from '../shared/settings/sync';
import { ruleFor, shouldAutoOpen, siteOf, withRule } from '../shared/site-rules';
import { isDismissed } from './dismissed';
import { pendingNeverRules } from './pending-rule';
import { pageOf, setPage } from './status';
import { closeReader, openAutomatically } from './toggle';

/** The content script classified its page: show it on the toolbar, and open the view if the rules say so. */
export async function onPageDetected(tabId: number, report: PageReport): Promise<void> {
  const site = siteOf(report.url);
  await setPage(tabId, { site, kind: report.kind });
  const { settings } = await settingsStore.load();
  const open = shouldAutoOpen({
    autoMode: settings.autoMode,
    rule: ruleFor(settings.siteRules, site),
    kind: report.kind,
    dismissed: report.kind !== 'none' && await isDismissed(report.url),
  });
  if (open) await openAutomatically(tabId);
}

async function saveNeverRule(site: string): Promise<void> {
  const { settings } = await settingsStore.load();
  await settingsStore.save({ siteRules: withRule(settings.siteRules, site, 'never') });
}

/**
 * The view's "Not an article" action: the site gets a never rule and the view closes, once the
 * undo time has run out (pending-rule.ts says why the background waits, not the view).
 */
export async function markNotArticle(tabId: number, tabUrl: string | undefined): Promise<{ site: string | null }> {
  const site = (await pageOf(tabId)).site ?? siteOf(tabUrl);
  if (!site) {
    await closeReader(tabId);
    return { site: null };
  }
  await pendingNeverRules.start(tabId, { commit: () => saveNeverRule(site), expire: () => closeReader(tabId) });
  return { site };
}

/** The toast's Undo: the never rule is dropped before it was saved, and the view stays. */
export function undoNotArticle(tabId: number): void {
  pendingNeverRules.undo(tabId);
}

import type { PageReport, TabStatus } from '../shared/messages';
import { settingsStore } from '../shared/settings/sync';
import { ruleFor, shouldAutoOpen, siteOf, withRule } from '../shared/site-rules';
import { isDismissed } from './dismissed';
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

/** The view's "Not an article" action: the site gets a never rule, and the view closes. */
export async function markNotArticle(tabId: number, tabUrl: string | undefined): Promise<TabStatus> {
  const site = (await pageOf(tabId)).site ?? siteOf(tabUrl);
  if (site) {
    const { settings } = await settingsStore.load();
    await settingsStore.save({ siteRules: withRule(settings.siteRules, site, 'never') });
  }
  return closeReader(tabId);
}

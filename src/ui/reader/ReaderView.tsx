import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/article';
import type { Settings } from '../../shared/settings';
import { useI18n } from '../components/i18n';
import { EntityPanel } from './EntityPanel';
import { mentionStarts } from './entities/highlight';
import { filterOf, panelGroups, scriptSupported } from './entities/panel-groups';
import { useEntities, type Recognize } from './entities/useEntities';
import { useMentionCycle } from './entities/useMentionCycle';
import { formatDate, readingMinutes } from './format';
import { Toolbar } from './Toolbar';
import { HelpOverlay } from './HelpOverlay';
import { ProgressBar } from './ProgressBar';
import { useKeyboard } from './useKeyboard';
import { typeStyle } from './type-style';
import { useExport, type ExportArticle } from './export/useExport';
import { groupRemovals } from './removed/kinds';
import { RemovedPanel } from './removed/RemovedPanel';
import { useRestoredBlocks } from './removed/useRestoredBlocks';
import { ReadAloudBar } from './read-aloud/ReadAloudBar';
import { useReadAloud, type SpeechWindow } from './read-aloud/useReadAloud';

const PANEL_ID = 'entity-panel';
const REMOVED_PANEL_ID = 'removed-panel';

export interface ReaderViewProps {
  article: Article;
  /** Article body already passed through core/sanitize. */
  safeHtml: string;
  /** Each removal's HTML passed through core/sanitize (undefined: it cannot be put back); none, no Show. */
  safeRemoved?: (string | undefined)[];
  settings: Settings;
  onClose: () => void;
  /** The "Not an article" action (a never rule for the site; the view closes). */
  onNotArticle: () => void;
  /** The menu's Print item (main.tsx: window.print()); no item without it. */
  onPrint?: () => void;
  onChange: (patch: Partial<Settings>) => void;
  /** Finds the entities of the rendered body; main.tsx loads the recognizer only when called. */
  recognize: Recognize;
  /** Read aloud's speech (main.tsx: the window, whose speechSynthesis is read when reading starts); none, no voice. */
  speech?: SpeechWindow;
  /** The menu's copy and save items (main.tsx does the copying and saving); no items without it. */
  onExport?: ExportArticle;
}

/** The reading view: props in, events out, no browser APIs. */
export function ReaderView({ article, safeHtml, safeRemoved = [], settings, onClose, onNotArticle, onPrint, onChange, recognize, speech, onExport }: ReaderViewProps) {
  const ui = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [removedOpen, setRemovedOpen] = useState(false);
  const removedGroups = useMemo(() => groupRemovals(article.removed), [article.removed]);
  const restored = useRestoredBlocks(body, article.removed, safeRemoved, safeHtml);
  const { entityPerson, entityOrganization, entityPlace, entityKeyOnly } = settings;
  const filter = useMemo(() => filterOf(settings), [entityPerson, entityOrganization, entityPlace, entityKeyOnly]);
  const supported = useMemo(() => scriptSupported(article.text), [article.text]);
  const entities = useEntities({
    body, html: safeHtml, on: settings.highlightEntities, supported, recognize, filter,
    options: { lang: article.lang, title: article.title, siteName: article.siteName, keyCount: settings.entityCount },
  });
  const found = entities.result?.entities ?? [];
  const groups = panelGroups(found, filter, entities.marks.map((marks) => mentionStarts(marks).length));
  const cycle = useMentionCycle(entities.marks, found, ui);
  const [helpOpen, setHelpOpen] = useState(false);
  const exporting = useExport(onExport, ui);
  const reading = useReadAloud({ speech, body, lang: article.lang || ui.lang, settings, onChange });
  const keyStatus = useKeyboard({ root: body, settings, onChange, marks: entities.marks, helpOpen, onHelp: setHelpOpen, onReadAloud: reading.toggle });
  const closePanel = () => {
    setPanelOpen(false);
    body.current?.ownerDocument.getElementById(`${PANEL_ID}-toggle`)?.focus();
  };
  const closeRemoved = () => {
    setRemovedOpen(false);
    body.current?.ownerDocument.getElementById(`${REMOVED_PANEL_ID}-toggle`)?.focus();
  };
  // An image that fails to load leaves a broken icon and an empty gap: hide it (and its figure).
  useEffect(() => {
    const el = body.current;
    if (!el) return undefined;
    const onError = (event: Event) => {
      const img = event.target;
      if (!(img instanceof HTMLImageElement)) return;
      const figure = img.closest('figure');
      (figure && figure.querySelectorAll('img').length === 1 ? figure : img).classList.add('reader-broken');
    };
    el.addEventListener('error', onError, true);
    return () => el.removeEventListener('error', onError, true);
  }, [safeHtml]);
  // The meta line is the interface's own words (date, reading time), so in its language; the byline
  // is the article's. Each part is isolated (<bdi>), or a right-to-left article reorders a
  // left-to-right "5 min read" into "min read 5".
  const date = formatDate(article.publishedTime, ui.lang);
  const minutes = readingMinutes(article.text, article.wordCount, article.lang);
  // Readability keeps the lead image in the body on many sites, often in another size: show the photo once.
  // Extraction says whether the body already shows the lead photo in some size (core/extract).
  const showLead = settings.showImages && article.leadImage !== '' && !article.leadInBody;
  // The standfirst (the summary line under a headline) leaves the body when it repeats the page's
  // description: there it read as the story's first paragraph. It belongs under the headline.
  const standfirst = article.excerpt && article.removed.some((r) => r.rule === 'standfirst') ? article.excerpt : '';
  // Typeface, size, spacing, width and alignment as CSS variables (type-style.ts; reader.css reads them).
  const style = typeStyle(settings);
  return (
    <div class={`reader${settings.showImages ? '' : ' no-images'}`} style={style}>
      <ProgressBar />
      <Toolbar
        settings={settings} onClose={onClose} onNotArticle={onNotArticle} onPrint={onPrint} onChange={onChange}
        exportActions={exporting.actions}
        readAloud={{ on: reading.state !== 'idle' || reading.notice !== null, onToggle: () => (reading.state === 'idle' && reading.notice === null ? reading.toggle() : reading.stop()) }}
        entityPanel={settings.highlightEntities ? { open: panelOpen, controls: PANEL_ID, onToggle: () => { setPanelOpen(!panelOpen); setRemovedOpen(false); } } : undefined}
        removedPanel={{ open: removedOpen, controls: REMOVED_PANEL_ID, count: article.removed.length, onToggle: () => { setRemovedOpen(!removedOpen); setPanelOpen(false); } }}
      />
      <RemovedPanel
        id={REMOVED_PANEL_ID} open={removedOpen} groups={removedGroups} shown={restored.shown}
        onToggle={restored.toggle} onShowAll={restored.showAll} onHideAll={restored.hideAll} onClose={closeRemoved}
      />
      {settings.highlightEntities && (
        <EntityPanel
          id={PANEL_ID} open={panelOpen} status={entities.status} groups={groups} message={cycle.message}
          onSelect={cycle.select} onClose={closePanel}
        />
      )}
      {/* The article is the page's main landmark: screen readers jump straight to it. */}
      <main class="reader-main">
      <article class="reader-article" lang={article.lang || undefined} dir={article.dir}>
        <header class="reader-header">
          {article.siteName && <p class="reader-site">{article.siteName}</p>}
          {/* Element Timing names the view's first meaningful paint for any performance tool (bench:open). */}
          <h1 class="reader-title" elementtiming="sift-reader-title">{article.title}</h1>
          {standfirst && <p class="reader-standfirst">{standfirst}</p>}
          <p class="reader-meta">
            {article.byline && <bdi class="reader-byline">{article.byline}</bdi>}
            {date && <bdi lang={ui.lang} dir={ui.dir}><time dateTime={article.publishedTime}>{date}</time></bdi>}
            <bdi class="reader-time" lang={ui.lang} dir={ui.dir}>{ui.plural('reader_minutes', minutes)}</bdi>
            {article.wordCount > 0 && <bdi class="reader-words" lang={ui.lang} dir={ui.dir}>{ui.plural('reader_words', article.wordCount)}</bdi>}
          </p>
        </header>
        {showLead && <img class="reader-lead" src={article.leadImage} alt="" onError={(e) => e.currentTarget.classList.add('reader-broken')} />}
        <div class="reader-body" ref={body} dangerouslySetInnerHTML={{ __html: safeHtml }} />
        <footer class="reader-footer" lang={ui.lang} dir={ui.dir}>
          <a href={article.url} target="_blank" rel="noopener noreferrer">{ui.t('reader_original')}</a>
        </footer>
      </article>
      </main>
      <ReadAloudBar
        state={reading.state} index={reading.index} total={reading.total} notice={reading.notice} lang={article.lang || ui.lang}
        voices={reading.voices} voiceURI={reading.voiceURI} rate={settings.readAloudRate} onToggle={reading.toggle} onStop={reading.stop}
        onStep={reading.step} onRate={reading.setRate} onVoice={reading.setVoice} onAllowOnline={reading.allowOnline}
      />
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      <p class="visually-hidden reader-key-status" role="status">{keyStatus}</p>
      <p class="reader-export-status" role="status">{exporting.status}</p>
    </div>
  );
}

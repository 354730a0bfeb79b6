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

const PANEL_ID = 'entity-panel';

export interface ReaderViewProps {
  article: Article;
  /** Article body already passed through core/sanitize. */
  safeHtml: string;
  settings: Settings;
  onClose: () => void;
  /** The "Not an article" action (a never rule for the site; the view closes). */
  onNotArticle: () => void;
  /** The menu's Print item (main.tsx: window.print()); no item without it. */
  onPrint?: () => void;
  onChange: (patch: Partial<Settings>) => void;
  /** Finds the entities of the rendered body; main.tsx loads the recognizer only when called. */
  recognize: Recognize;
  /** The `r` key: read aloud, start or pause (the read-aloud issue wires it; a no-op until then). */
  onReadAloud?: () => void;
}

const notYet = () => undefined;

/** The reading view: props in, events out, no browser APIs. */
export function ReaderView({ article, safeHtml, settings, onClose, onNotArticle, onPrint, onChange, recognize, onReadAloud = notYet }: ReaderViewProps) {
  const ui = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const [panelOpen, setPanelOpen] = useState(false);
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
  const keyStatus = useKeyboard({ root: body, settings, onChange, marks: entities.marks, helpOpen, onHelp: setHelpOpen, onReadAloud });
  const closePanel = () => {
    setPanelOpen(false);
    body.current?.ownerDocument.getElementById(`${PANEL_ID}-toggle`)?.focus();
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
  // Typeface, size, spacing, width and alignment as CSS variables (type-style.ts; reader.css reads them).
  const style = typeStyle(settings);
  return (
    <div class={`reader${settings.showImages ? '' : ' no-images'}`} style={style}>
      <ProgressBar />
      <Toolbar
        settings={settings} onClose={onClose} onNotArticle={onNotArticle} onPrint={onPrint} onChange={onChange}
        entityPanel={settings.highlightEntities ? { open: panelOpen, controls: PANEL_ID, onToggle: () => setPanelOpen(!panelOpen) } : undefined}
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
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      <p class="visually-hidden reader-key-status" role="status">{keyStatus}</p>
    </div>
  );
}

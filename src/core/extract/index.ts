import { Readability } from '@mozilla/readability';
import type { ExtractOutcome, Removal } from '../article';
import { declutterArticle, declutterPage, placePageRemovals, rulesFor } from '../declutter';
import { detectLanguage } from '../text/detect-language';
import { plainTextOf } from '../text/plain-text';
import { dropRepeatedImages, protectBlocks, resolveMedia } from './media';
import { articleMetadata } from './metadata-extra';
import { isoDate } from './published';
import { countWords } from '../text/words';
import { cleanDir, plainText } from './metadata';
import { cleanTitle } from './title';
import { bodyShowsImage, restoreLeadFigure } from './lead-figure';
import { htmlParserOf } from '../inert-html';
import { dropStaleMetadata, renderedHeadline } from './stale-head';
import { cloneDocument, readablePage } from './named-properties';
import { placeStreamedBoundaries } from './streamed-boundaries';
import { startBudget, TooLarge, tooLargeOutcome, type BudgetOptions } from './budget';
import { cheaperVisibility } from './readability-visibility';
import { keepProseHolders, proseLength, readabilityPatterns } from './prose-holders';
import { layBlocksSideBySide, proseContainer } from './prose-container';

export interface ExtractOptions extends BudgetOptions {
  /** Readability's charThreshold: the text a candidate needs before a retry loosens its rules. */
  minTextLength?: number;
  /** Below this many characters of body text after extraction the page is "no article". */
  minArticleText?: number;
  /** Skip the declutter passes (for comparisons with plain Readability). */
  declutter?: boolean;
  /**
   * The page changed its address in-app (pushState) since it loaded: its head's metadata may still
   * describe the previous article, so the title and the rest are read from the rendered page.
   */
  headMayBeStale?: boolean;
}

const DEFAULT_MIN_TEXT = 500;
// Below this much text after extraction there is nothing to read. Short articles (a 60-word wire
// brief) are still articles when the user asks for the view, if they hold at least one real
// paragraph; a login box's 250 characters of labels do not. Detection is a separate question.
const MIN_ARTICLE_TEXT = 200;
const MIN_LONGEST_PARAGRAPH = 120;

function enoughToRead(text: string, minChars: number, minTextLength: number): boolean {
  if (text.length >= minTextLength) return true;
  return text.length >= minChars && Math.max(...text.split('\n\n').map((p) => p.length)) >= MIN_LONGEST_PARAGRAPH;
}

// A reading that holds less than this share of the page's prose may have taken one section of a
// story built of many (prose-container.ts); the page is read again with the blocks of the element
// that holds most of its prose laid side by side, and the second reading wins when it holds the
// first one's paragraphs and much more prose. Only such pages pay for two readings.
const SHORT_READING = 0.5;
const MUCH_MORE = 1.5;

/** Characters of prose on the page (before Readability) and in the article a reading took. */
interface ProseCount {
  page: number;
  article: number;
}

/**
 * Extracts the main article of `doc` without touching it: declutter and Readability work on a clone.
 * `url` is the page's address, used to resolve relative links and images.
 */
export function extractArticle(original: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
  const firstCount = { page: 0, article: 0 };
  const first = readArticle(original, url, options, firstCount);
  if (!first.ok || firstCount.article >= firstCount.page * SHORT_READING) return first;
  const secondCount = { page: 0, article: 0 };
  const second = readArticle(original, url, options, secondCount, true);
  const wider = second.ok && secondCount.article >= firstCount.article * MUCH_MORE;
  return wider && holdsParagraphs(second.article.text, first.article.text) ? second : first;
}

/** Every paragraph of `inner` that is prose-long is in `outer` too. */
function holdsParagraphs(outer: string, inner: string): boolean {
  return inner.split('\n\n').every((paragraph) => paragraph.length < 80 || outer.includes(paragraph));
}

function readArticle(original: Document, url: string, options: ExtractOptions, prose: ProseCount, widen = false): ExtractOutcome {
  const minTextLength = options.minTextLength ?? DEFAULT_MIN_TEXT;
  try {
    // Never the page's own objects where its markup shadows DOM properties (Readability hangs on them).
    const budget = startBudget(original, options);
    if (budget.empty) return noArticle();
    const doc = readablePage(budget.page);
    const clone = cloneDocument(doc);
    dropInertBase(clone);
    placeStreamedBoundaries(clone);
    if (options.headMayBeStale) dropStaleMetadata(clone);
    const meta = articleMetadata(options.headMayBeStale ? clone : doc, url);
    const headline = options.headMayBeStale ? renderedHeadline(clone) : '';
    // Markup rules are the same in every language; section headings are read in the declared one.
    const page = options.declutter === false ? { removed: [], anchors: [] } : declutterPage(clone, rulesFor(meta.lang));
    const removed: Removal[] = [...page.removed];
    // After the markup rules (media fixes drop classes inside figures), before Readability.
    resolveMedia(clone, url, htmlParserOf(original));
    protectBlocks(clone);
    const container = widen ? proseContainer(clone) : null;
    budget.check();
    const reader = new Readability<Element>(clone, { charThreshold: minTextLength, serializer: (el) => el as Element });
    cheaperVisibility(reader);
    const patterns = readabilityPatterns(reader);
    prose.page = keepProseHolders(clone, patterns);
    if (container) layBlocksSideBySide(container, patterns);
    const parsed = budget.watch(reader).parse();
    const root = parsed?.content;
    if (!parsed || !root) return noArticle();
    // The declared language (html lang, metas, JSON-LD; Readability's lang is html lang again), else
    // detected from the article itself (cheaper and surer than the whole page).
    const lang = meta.lang || detectLanguage(root.textContent ?? '');
    const siteName = meta.siteName || plainText(parsed.siteName);
    const title = headline || cleanTitle(plainText(parsed.title) || meta.title || plainText(doc.title), siteName, url);
    const byline = meta.byline || plainText(parsed.byline);
    if (options.declutter !== false) {
      const fromArticle = declutterArticle(root, rulesFor(lang), { title, standfirst: meta.excerpt, byline });
      removed.push(...fromArticle);
      placePageRemovals(root, page, fromArticle.length);
      budget.check();
    }
    restoreLeadFigure(doc, root, meta.leadImage, url);
    dropRepeatedImages(root, url);
    const text = plainTextOf(root);
    prose.article = proseLength(root);
    if (!enoughToRead(text, options.minArticleText ?? MIN_ARTICLE_TEXT, minTextLength)) return noArticle();
    return {
      ok: true,
      article: {
        url,
        title,
        // Page metadata first: Readability's byline is sometimes a whole dateline.
        byline,
        siteName,
        publishedTime: meta.publishedTime || isoDate(parsed.publishedTime ?? ''),
        lang,
        dir: cleanDir(parsed.dir ?? doc.documentElement?.getAttribute('dir')),
        excerpt: meta.excerpt || plainText(parsed.excerpt),
        leadImage: meta.leadImage,
        leadInBody: meta.leadImage !== '' && bodyShowsImage(root, meta.leadImage, url),
        html: root.innerHTML,
        text,
        wordCount: countWords(text),
        removed,
      },
    };
  } catch (error) {
    if (error instanceof TooLarge) return tooLargeOutcome(error);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'error', message: `The article could not be read: ${detail}`, detail };
  }
}

/**
 * A <base> with no href attribute sets nothing in a browser, but jsdom (the CLI) takes one with only an
 * `xlink:href` for its base and throws when it reads the missing href: such elements go from the clone.
 */
function dropInertBase(clone: Document): void {
  for (const base of Array.from(clone.getElementsByTagName('base'))) if (base.getAttribute('href') === null) base.remove();
}

function noArticle(): ExtractOutcome {
  return { ok: false, reason: 'no-article', message: 'No article was found on this page.' };
}

import { Readability } from '@mozilla/readability';
import type { ExtractOutcome, Removal } from '../article';
import { declutterArticle, declutterPage, placePageRemovals, rulesFor, type ArticleFacts, type PageRemovals } from '../declutter';
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
import { startBudget, TooLarge, tooLargeOutcome, type Budget, type BudgetOptions } from './budget';
import { cheaperVisibility } from './readability-visibility';
import { keepProseHolders, proseLength, readabilityPatterns, surveyProse } from './prose-holders';
import { compact, goesOnFrom, holdsFirstReading, proseContainer, readAlone, readText } from './prose-container';
import { elementsByTag } from '../elements';

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
// story built of many (prose-container.ts): the element that holds most of the prose, copied before
// Readability moved anything, is read again on its own with its blocks side by side, and that second
// reading wins when it holds the first one's paragraphs and much more prose.
const SHORT_READING = 0.5;
const MUCH_MORE = 1.5;

/** What the passes after Readability need, the same for a first and a second reading. */
interface Finishing {
  doc: Document;
  url: string;
  meta: ReturnType<typeof articleMetadata>;
  page: PageRemovals;
  options: ExtractOptions;
  budget: Budget;
}

/** Declutters a reading's body and places its removals; returns them and the body's text. */
function finish(root: Element, lang: string, facts: ArticleFacts, f: Finishing): { removed: Removal[]; text: string } {
  // Each reading places the page pass's removals anew: a copy, so that a reading left aside changes nothing.
  const page = { ...f.page, removed: f.page.removed.map((removal) => ({ ...removal })) };
  const removed: Removal[] = [...page.removed];
  if (f.options.declutter !== false) {
    const fromArticle = declutterArticle(root, rulesFor(lang), facts);
    removed.push(...fromArticle);
    placePageRemovals(root, page, fromArticle.length);
    f.budget.check();
  }
  restoreLeadFigure(f.doc, root, f.meta.leadImage, f.url);
  dropRepeatedImages(root, f.url);
  return { removed, text: plainTextOf(root) };
}

/**
 * Extracts the main article of `doc` without touching it: declutter and Readability work on a clone.
 * `url` is the page's address, used to resolve relative links and images.
 */
export function extractArticle(original: Document, url: string, options: ExtractOptions = {}): ExtractOutcome {
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
    const page: PageRemovals = options.declutter === false ? { removed: [], anchors: [] } : declutterPage(clone, rulesFor(meta.lang));
    // After the markup rules (media fixes drop classes inside figures), before Readability.
    resolveMedia(clone, url, htmlParserOf(original));
    protectBlocks(clone);
    budget.check();
    const reader = new Readability<Element>(clone, { charThreshold: minTextLength, serializer: (el) => el as Element });
    cheaperVisibility(reader);
    const patterns = readabilityPatterns(reader);
    const survey = surveyProse(clone);
    keepProseHolders(survey, patterns);
    const spare = proseContainer(survey)?.cloneNode(true) as Element | undefined;
    const parsed = budget.watch(reader).parse();
    const firstRoot = parsed?.content;
    if (!parsed || !firstRoot) return noArticle();
    // The declared language (html lang, metas, JSON-LD; Readability's lang is html lang again), else
    // detected from the article itself (cheaper and surer than the whole page).
    const lang = meta.lang || detectLanguage(firstRoot.textContent ?? '');
    const siteName = meta.siteName || plainText(parsed.siteName);
    const title = headline || cleanTitle(plainText(parsed.title) || meta.title || plainText(doc.title), siteName, url);
    const byline = meta.byline || plainText(parsed.byline);
    const facts = { title, standfirst: meta.excerpt, byline, url, siteName };
    const finishing: Finishing = { doc, url, meta, page, options, budget };
    let root = firstRoot;
    let body = finish(root, lang, facts, finishing);
    const firstProse = proseLength(root);
    if (spare && firstProse < survey.total * SHORT_READING) {
      const spareText = compact(readText(spare));
      const wider = holdsFirstReading(body.text, spareText) ? readAlone(spare, url, patterns, minTextLength, budget) : null;
      if (wider && proseLength(wider) >= firstProse * MUCH_MORE) {
        const widerBody = finish(wider, lang, facts, finishing);
        // Counted again once decluttered, as the first reading was.
        if (proseLength(wider) >= firstProse * MUCH_MORE && goesOnFrom(widerBody.text, body.text, spareText)) {
          root = wider;
          body = widerBody;
        }
      }
    }
    const { text, removed } = body;
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
  for (const base of elementsByTag(clone, 'base')) if (base.getAttribute('href') === null) base.remove();
}

function noArticle(): ExtractOutcome {
  return { ok: false, reason: 'no-article', message: 'No article was found on this page.' };
}

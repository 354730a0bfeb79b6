// Generated HTML for the property tests: hostile markup (scripts, handlers, frames, forms, every way of
// writing javascript: and data: URLs), malformed markup (unclosed and stray tags), and articles (long
// paragraphs) inside page chrome. Strings, so that the parser under test does all the parsing.
import fc from 'fast-check';

const TAGS = [
  'p', 'div', 'span', 'a', 'img', 'b', 'em', 'h1', 'h2', 'h3', 'ul', 'li', 'table', 'tr', 'td', 'blockquote', 'pre', 'code',
  'figure', 'figcaption', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'picture', 'source', 'video', 'audio',
  'script', 'style', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea',
  'template', 'noscript', 'svg', 'math', 'title', 'select', 'option', 'details', 'summary', 'dialog', 'marquee',
];

const URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\tjavascript:alert(1)', 'java&#x09;script:alert(1)',
  '&#106;avascript:alert(1)', 'jav\u0000ascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
  'data:,x', 'DATA:text/html;base64,PHNjcmlwdD4=', 'data:image/png;base64,iVBORw0KGgo=', 'data:image/svg+xml,<svg onload=alert(1)>',
  'https://example.com/a.jpg', 'http://example.com/page', '//example.com/x', '/relative/path', '#anchor', 'mailto:a@example.com',
  'blob:https://example.com/x', 'file:///etc/passwd', '', ' ',
];

const ATTRS = [
  'href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'srcdoc', 'style', 'class', 'id', 'name',
  'onclick', 'onerror', 'onload', 'ONMOUSEOVER', 'onfocus', 'lang', 'dir', 'title', 'alt', 'data-x', 'is', 'autofocus',
];

const TEXT = fc.oneof(
  fc.constantFrom('Hello', 'alert(1)', '<script>alert(1)</script>', '&lt;b&gt;', '&amp;', '"quoted"', "it's", '\u202eRTL', '日本語', 'Bahasa'),
  fc.string({ maxLength: 12 }),
);

const escapeAttr = (value: string) => value.replace(/"/g, '&quot;');

const attribute = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...URLS), TEXT))
  .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`);

/** A fragment of hostile, sometimes malformed HTML, nested up to `depth`. */
export const hostileHtml: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    TEXT,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), tie('nodes'), fc.constantFrom('close', 'close', 'close', 'open', 'stray'))
      .map(([tag, attrs, inner, end]) => {
        const open = `<${tag}${attrs.join('')}>`;
        if (end === 'open') return open + inner;
        if (end === 'stray') return `${open}${inner}</${tag === 'p' ? 'div' : 'p'}>`;
        return `${open}${inner}</${tag}>`;
      }),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join('')),
})).nodes;

const WORDS = [
  'the', 'council', 'voted', 'on', 'a', 'plan', 'to', 'build', 'new', 'flood', 'basins', 'under', 'the', 'school', 'yard', 'and',
  'residents', 'said', 'they', 'had', 'waited', 'for', 'years', 'while', 'water', 'reached', 'their', 'doors', 'each', 'spring',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 16 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);

/** A paragraph of prose: a few hundred characters of plain sentences. */
export const paragraph = fc.array(sentence, { minLength: 4, maxLength: 6 }).map((s) => s.join(' '));

/** Short page chrome: link lists, labels, buttons; never a paragraph of prose. */
const chrome = fc.constantFrom(
  '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>',
  '<div class="share"><a href="https://x.example/share">Share</a> <a href="https://fb.example/share">Post</a></div>',
  '<aside><h3>Most read</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul></aside>',
  '<div class="ad">Advertisement</div>',
  '<footer><p>© News Example</p><a href="/privacy">Privacy</a></footer>',
  '<form><input name="q"><button>Search</button></form>',
  '<script>window.x = 1</script>',
);

export interface ArticlePage {
  html: string;
  paragraphs: string[];
}

/** A page holding one article (a headline and 4–8 paragraphs) among chrome and hostile fragments. */
export const articlePage: fc.Arbitrary<ArticlePage> = fc.record({
  paragraphs: fc.array(paragraph, { minLength: 4, maxLength: 8 }),
  before: fc.array(chrome, { maxLength: 3 }),
  after: fc.array(chrome, { maxLength: 3 }),
  noise: fc.array(hostileHtml.filter((h) => h.length < 200), { maxLength: 2 }),
  wrap: fc.constantFrom('article', 'div', 'main', 'section'),
}).map(({ paragraphs, before, after, noise, wrap }) => ({
  paragraphs,
  html: `<!doctype html><html lang="en"><head><title>Council votes on basins</title></head><body>${before.join('')}`
    + `<${wrap} class="story"><h1>Council votes on basins</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</${wrap}>`
    + `${noise.join('')}${after.join('')}</body></html>`,
}));

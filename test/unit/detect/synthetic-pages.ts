// Small documents for the detector's signal tests: a story body, teaser cards, product cards.
import { JSDOM } from 'jsdom';

export function documentOf(body: string, head = ''): Document {
  return new JSDOM(`<!doctype html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`).window.document;
}

const WORDS = 'the council met on tuesday to weigh a plan for new water mains along the river road while residents asked about costs and the timing of repairs before winter'.split(' ');

/** Prose of about `chars` characters, different for each seed. */
export function prose(chars: number, seed = 0): string {
  const out: string[] = [];
  for (let i = 0; out.join(' ').length < chars; i++) out.push(WORDS[(i * 7 + seed * 3) % WORDS.length]!);
  return `${out.join(' ')}.`;
}

/** `count` paragraphs of about `chars` characters each. */
export function paragraphs(count: number, chars = 300): string {
  return Array.from({ length: count }, (_, i) => `<p>${prose(chars, i)}</p>`).join('\n');
}

export const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
export const meta = (property: string, content: string) => `<meta property="${property}" content="${content}">`;

/** A headline and a story of `count` paragraphs in one container. */
export function story(count: number, chars = 300, extra = ''): string {
  return `<main><h1>A headline long enough to be one</h1>${extra}<div class="story">${paragraphs(count, chars)}</div></main>`;
}

/** `count` teaser cards, each an <article> with a linked heading and a one-line summary. */
export function teasers(count: number): string {
  const card = (i: number) => `<article class="card"><h2><a href="/world/story-${i}/">Story number ${i} in the news today</a></h2><p>${prose(180, i)}</p></article>`;
  return `<main><h1>World news and more</h1><section>${Array.from({ length: count }, (_, i) => card(i)).join('')}</section></main>`;
}

/** `count` product cards: image, linked name, price, button. */
export function products(count: number): string {
  const card = (i: number) => `<li class="product-card"><a href="/products/jacket-${i}"><img src="/img/${i}.jpg" alt=""></a><h3><a href="/products/jacket-${i}">Rain jacket ${i}</a></h3><p class="price">$${100 + i}.00</p><button>Add to cart</button></li>`;
  return `<main><h1>Rain jackets for men</h1><p>Waterproof layers for wet coasts.</p><ul class="grid">${Array.from({ length: count }, (_, i) => card(i)).join('')}</ul></main>`;
}

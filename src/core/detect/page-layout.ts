// Evidence in the page's layout. For an article: a date beside the headline. Against: teaser cards,
// repeated <article> elements holding full posts, a password field (a login form). Bounded loops over
// tag collections; no text read but a headline's.
import { eachTag, type Weigh } from './evidence';
import type { Prose } from './prose';

/** Weighs the layout; returns whether the headline carries a date. */
export function weighLayout(doc: Document, prose: Prose, weigh: Weigh): boolean {
  // Headings that are links or hold one: the titles of teaser cards, results, products.
  let cards = 0;
  for (const tag of ['h2', 'h3', 'h4']) {
    eachTag(doc, tag, 300, (heading) => {
      if (heading.closest('a') || heading.getElementsByTagName('a')[0]) cards++;
    });
  }
  const articles = doc.getElementsByTagName('article').length;
  cards = Math.max(cards, articles);
  // Cards weigh against a page in proportion to how little running text it has.
  if (cards > 5 && prose.text < 1500) weigh(prose.text < 800 ? -3 : -1.5, `cards:${cards}`);
  // Several <article> elements each holding a long text: a blog's home, archive or tag page of full posts.
  if (articles > 2 && prose.blocks > 2) weigh(-4, `posts:${articles}`);
  let password = false;
  eachTag(doc, 'input', 100, (input) => {
    password ||= (input as HTMLInputElement).type === 'password';
  });
  if (password) weigh(-2, 'password');
  // A <time> within three levels above the first real <h1>, where bylines and datelines sit; many
  // dates around the title are a list's (search results, archives), not the story's.
  let around: Element | null | undefined = [...doc.getElementsByTagName('h1')].find((h) => h.textContent!.trim().length > 9);
  for (let up = 0; up < 3; up++) around = around?.parentElement;
  const times = around?.getElementsByTagName('time').length ?? 0;
  const dated = times > 0 && times < 4;
  if (dated) weigh(1, 'headline-time');
  return dated;
}

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutterArticle, rulesFor } from '../../src/core/declutter';

const root = (body: string) => new JSDOM(`<!doctype html><html lang="en"><body><div id="root">${body}</div></body></html>`).window.document.getElementById('root')!;

const STORY = [
  'A gym owner who knew about a broken machine and did nothing about it can be held liable for the injuries it caused, a court ruled last year.',
  'Members sign waivers, but a waiver does not cover gross negligence, and courts read them narrowly when the danger was known to the staff.',
].map((p) => `<p>${p}</p>`).join('');

const post = (slug: string, title: string, excerpt: string) =>
  `<h3><a href="https://firm.example/blog/${slug}/">${title}</a></h3><p>${excerpt}</p>`;
const POSTS = [
  post('sue-social-security', 'Can You Sue Social Security to Receive Your Benefits?', 'When the Social Security Administration denies your disability claim, it can feel like you have hit a dead end. At our firm,'),
  post('choose-specialists', 'Why Choose Lawyers Specializing in Social Security Benefits?', 'Navigating the disability process can be overwhelming while dealing with a debilitating condition, and the system is complex…'),
  post('laws-101', 'Social Security Disability Laws 101', 'Understanding these laws is important for securing the benefits you need, and our specialists have decades of experience helping residents'),
].join('');

describe('a run of other posts, each a linked heading over a cut excerpt', () => {
  it('is taken out after the story, and listed as related', () => {
    const article = root(STORY + POSTS);
    const removed = declutterArticle(article, rulesFor('en'));
    expect(article.textContent).toContain('a waiver does not cover gross negligence');
    expect(article.textContent).not.toContain('Can You Sue Social Security');
    expect(article.textContent).not.toContain('dead end');
    expect(removed.filter((removal) => removal.rule === 'teaser-run')).toHaveLength(6);
  });

  it('is not a story whose linked section headings stand over whole paragraphs', () => {
    const sections = [
      post('kia-pv5', 'Kia PV5', 'The van that thinks it is a people carrier has a flat floor, sliding doors on both sides and a range of almost three hundred miles.'),
      post('renault-5', 'Renault 5', 'Small, cheerful and quick enough, it is the car that made cheap electric motoring feel like a treat rather than a sacrifice.'),
    ].join('');
    const article = root(STORY + sections);
    declutterArticle(article, rulesFor('en'));
    expect(article.textContent).toContain('The van that thinks it is a people carrier');
    expect(article.textContent).toContain('Renault 5');
  });

  it('needs two posts: one linked heading over an unfinished line stays', () => {
    const article = root(STORY + POSTS.split('</p>')[0] + '</p>');
    declutterArticle(article, rulesFor('en'));
    expect(article.textContent).toContain('Can You Sue Social Security');
  });
});

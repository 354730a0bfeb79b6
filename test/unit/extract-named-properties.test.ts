// DOM clobbering: markup that shadows the DOM's own properties must not reach the extraction's clone.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cloneDocument, defuseNamedProperties, readablePage } from '../../src/core/extract/named-properties';
import { extractArticle } from '../../src/core/extract';

const PROSE = '<p>The council voted on the flood plan after residents filled the hall to hear what it would cost and when the work would begin in earnest.</p>';

describe('a clone made safe from named properties', () => {
  it('gives forms and the document their own properties back', () => {
    const doc = new JSDOM(`<body><div id="box"><form id="f"><input name="parentNode"><input id="nextElementSibling"><input name="getAttribute"></form></div>
      <img name="documentElement"><img name="querySelectorAll"><img name="cloneNode">${PROSE}</body>`).window.document;
    // jsdom shadows less than browsers do (it never hung here): what must hold is that no name or id that
    // shadows a property is left in the clone, and that the clone's own properties work.
    const clone = cloneDocument(doc);
    defuseNamedProperties(clone);
    const form = clone.getElementById('f')!;
    expect(form.parentNode).toBe(clone.getElementById('box'));
    expect(form.nextElementSibling).toBeNull();
    expect(typeof form.getAttribute).toBe('function');
    expect(clone.documentElement.localName).toBe('html');
    expect(typeof clone.querySelectorAll).toBe('function');
    expect(clone.body.textContent).toContain('The council voted');
    const left = [...clone.querySelectorAll('[name], [id]')].flatMap((el) => [el.getAttribute('name'), el.id]).filter(Boolean);
    expect(left.filter((v) => ['parentNode', 'nextElementSibling', 'getAttribute', 'documentElement', 'querySelectorAll', 'cloneNode'].includes(v!))).toEqual([]);
    expect(doc.querySelector('input')?.getAttribute('name')).toBe('parentNode'); // the page itself is untouched
  });

  it('leaves names and ids that shadow nothing as they are', () => {
    const doc = new JSDOM('<body><form><input name="email" id="story-form"></form><a id="footnote-1"></a></body>').window.document;
    defuseNamedProperties(doc);
    expect(doc.querySelector('input')?.getAttribute('name')).toBe('email');
    expect(doc.querySelector('input')?.id).toBe('story-form');
    expect(doc.querySelector('a')?.id).toBe('footnote-1');
  });

  it('copies the page only when its markup shadows something', () => {
    const plain = new JSDOM(`<body><form><input name="email"></form>${PROSE}</body>`).window.document;
    expect(readablePage(plain)).toBe(plain);
    const clobbered = new JSDOM(`<body><form><input name="parentNode"></form>${PROSE}</body>`).window.document;
    expect(readablePage(clobbered)).not.toBe(clobbered);
    // A control tied to a form elsewhere by its form attribute shadows that form's property too.
    const tied = new JSDOM(`<body><form id="f"></form><select form="f" id="parentNode"></select>${PROSE}</body>`).window.document;
    expect(readablePage(tied)).not.toBe(tied);
  });

  it('takes a name or id for a property only on the elements HTML names properties after', () => {
    // A headline meta, a section, a link anchor or a div named like a DOM property shadow nothing.
    const doc = new JSDOM(`<head><meta name="title" content="Flood plan"><meta name="description" content="x"></head>
      <body><section id="title"></section><a name="top" id="parentNode"></a><div id="children"></div>${PROSE}</body>`).window.document;
    expect(readablePage(doc)).toBe(doc);
  });

  it('extracts an article whose forms shadow DOM properties, and leaves the page as it was', () => {
    const html = `<body><article><h1>Flood plan approved</h1>${PROSE.repeat(4)}
      <form><input name="parentNode"><input name="nextElementSibling"><input name="childNodes"></form>${PROSE.repeat(2)}</article>
      <img name="documentElement"></body>`;
    const doc = new JSDOM(html, { url: 'https://news.example/flood' }).window.document;
    const before = doc.documentElement.outerHTML;
    const outcome = extractArticle(doc, 'https://news.example/flood');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.article.text).toContain('The council voted');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a page whose <base> carries only an xlink:href (found by the property tests: jsdom threw on it)', () => {
    const html = `<body><article><h1>Flood plan approved</h1>${PROSE.repeat(4)}</article><base xlink:href="javascript:alert(1)"></base></body>`;
    const doc = new JSDOM(html, { url: 'https://news.example/flood' }).window.document;
    const outcome = extractArticle(doc, 'https://news.example/flood');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.article.text).toContain('The council voted');
    expect(doc.querySelector('base')).not.toBeNull(); // the page itself is untouched
  });
});

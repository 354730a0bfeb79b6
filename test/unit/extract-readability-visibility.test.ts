// The cheaper visibility check gives Readability's own answer for every element (it only skips reading
// an inline style that is not there; Readability's own returns a truthy or falsy value, compared as such),
// and Readability still has the method it replaces.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cheaperVisibility, visibleWithoutInlineStyle } from '../../src/core/extract/readability-visibility';

const ELEMENTS = `
  <p id="plain">a</p><p id="hidden" hidden>b</p><p id="aria" aria-hidden="true">c</p><p id="aria-false" aria-hidden="false">d</p>
  <img id="fallback" class="mwe-math-fallback-image-inline" aria-hidden="true"><span id="other-class" class="math" aria-hidden="true"></span>
  <p id="none" style="display: none">e</p><p id="invisible" style="visibility:hidden">f</p><p id="styled" style="color: red">g</p>
  <p id="styled-hidden" style="color: red" hidden>h</p><p id="empty-style" style="">i</p>
  <svg id="svg" aria-hidden="true"><circle id="circle" r="1"></circle></svg><svg id="svg-shown"><text id="text">t</text></svg>
  <math id="math"><mi id="mi">x</mi></math><div id="div-hidden" hidden><p id="inside">j</p></div>`;

describe("Readability's visibility check, made cheaper", () => {
  const doc = new JSDOM(`<!doctype html><html><body>${ELEMENTS}</body></html>`).window.document;
  const own = (Readability.prototype as unknown as { _isProbablyVisible: (node: Element) => boolean })._isProbablyVisible;

  it('Readability still checks visibility with this method (else the speed-up would silently do nothing)', () => {
    expect(typeof own).toBe('function');
    expect(cheaperVisibility(new Readability(doc.cloneNode(true) as Document))).toBe(true);
  });

  it('answers as Readability does for every element, styled or not, HTML, SVG or MathML', () => {
    const reader = new Readability(doc.cloneNode(true) as Document) as unknown as { _isProbablyVisible: (node: Element) => boolean };
    cheaperVisibility(reader);
    const elements = [...doc.body.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(15);
    for (const el of elements) expect(reader._isProbablyVisible(el), el.id).toBe(Boolean(own.call(reader, el)));
    // And both kinds of answer occur, so the comparison means something.
    expect(elements.filter((el) => own.call(reader, el)).length).toBeGreaterThan(3);
    expect(elements.filter((el) => !own.call(reader, el)).length).toBeGreaterThan(3);
  });

  it('decides unstyled elements from attributes alone', () => {
    for (const el of doc.body.querySelectorAll('*:not([style])')) expect(visibleWithoutInlineStyle(el), el.id).toBe(Boolean(own.call({}, el)));
  });
});

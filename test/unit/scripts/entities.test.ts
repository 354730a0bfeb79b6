import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleEntities } from '../../../scripts/cli/lib/entities';

describe('articleEntities (extract CLI)', () => {
  it('lists {text, type, mentions, salience, key} by salience, without the role in front of a name', () => {
    const dom = new JSDOM('<!doctype html><body></body>');
    const html = '<p>Presiden Joko Widodo tiba di Jakarta. Joko Widodo lalu bicara.</p>';
    const lines = articleEntities(dom.window.document, html, 'id', 'Joko Widodo tiba');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['key', 'mentions', 'salience', 'text', 'type']);
    expect(lines.map((l) => l.salience)).toEqual(lines.map((l) => l.salience).sort((a, b) => b - a));
    expect(lines.some((l) => l.text.includes('Presiden'))).toBe(false);
    expect(dom.window.document.body.childNodes).toHaveLength(0);
  });

  it('is empty for html without text', () => {
    expect(articleEntities(new JSDOM('').window.document, '<p> </p>', 'en', '')).toEqual([]);
  });
});

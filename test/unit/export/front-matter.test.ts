// The front matter of a saved Markdown file: every field a quoted YAML string that reads back as the
// article had it (YAML's double-quoted strings read JSON's escapes the same way).
import { describe, expect, it } from 'vitest';
import { frontMatter, yamlString } from '../../../src/ui/reader/export/front-matter';

const article = {
  title: 'Rob: "air naik" \\ lagi', byline: 'Siti Rahma', siteName: 'Kabar Nusa', url: 'https://kabarnusa.example/rob?a=1#x',
  publishedTime: '2024-03-11T09:30:00+07:00', lang: 'id',
};

describe('frontMatter', () => {
  it('lists title, byline, site, url, date and language between two --- lines', () => {
    const block = frontMatter(article);
    const lines = block.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines.at(-2)).toBe('---');
    expect(block.endsWith('---\n')).toBe(true);
    const fields = Object.fromEntries(lines.slice(1, -2).map((line) => {
      const colon = line.indexOf(': ');
      return [line.slice(0, colon), JSON.parse(line.slice(colon + 2)) as string];
    }));
    expect(fields).toEqual({
      title: article.title, byline: article.byline, site: article.siteName, url: article.url, date: article.publishedTime, language: 'id',
    });
  });

  it('leaves out empty fields', () => {
    expect(frontMatter({ ...article, byline: ' ', siteName: '', publishedTime: '' })).not.toMatch(/^(byline|site|date):/m);
  });
});

describe('yamlString', () => {
  it('keeps a value with quotes, backslashes, colons, line breaks and controls one string on one line', () => {
    for (const value of ['a: b', '- item', '"quoted"', 'back\\slash', 'two\nlines\r\ttab', 'bell\u0007', '#hash', 'ünï 日本']) {
      const quoted = yamlString(value);
      expect(quoted).not.toMatch(/[\n\r\u0000-\u001f]/);
      expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
      expect(JSON.parse(quoted)).toBe(value);
    }
  });
});

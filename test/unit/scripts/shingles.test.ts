import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize, TOKEN_RE_WITH_MARKS } from '../../../scripts/bench/lib/shingles';

describe('tokenize (Python \\w+ with re.UNICODE)', () => {
  it('keeps runs of letters, digits and underscore; drops punctuation and spaces', () => {
    expect(tokenize("Don't stop: café naïve, über_x 42% — 東京タワー")).toEqual(['Don', 't', 'stop', 'café', 'naïve', 'über_x', '42', '東京タワー']);
  });
  it('splits at a combining mark as Python does (the mark is not a word character)', () => {
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe', 'ok']);
    expect(tokenize('cafe\u0301 ok', TOKEN_RE_WITH_MARKS)).toEqual(['cafe\u0301', 'ok']);
  });
  it('gives nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ,.;— ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts 4-token windows as a multiset', () => {
    expect([...shingles(['a', 'b', 'c', 'd', 'e'])]).toEqual([['a\u0001b\u0001c\u0001d', 1], ['b\u0001c\u0001d\u0001e', 1]]);
    expect(shingles('x y z w x y z w'.split(' ')).get('x\u0001y\u0001z\u0001w')).toBe(2);
  });
  it('gives one shorter shingle for 1 to 3 tokens and none for 0', () => {
    expect([...shingles(['a'])]).toEqual([['a', 1]]);
    expect([...shingles(['a', 'b', 'c'])]).toEqual([['a\u0001b\u0001c', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('a prediction that is a prefix: truth abcd+bcde, prediction abcd → TP 1, FP 0, FN 1', () => {
    const s = scorePage('a b c d e', 'a b c d');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 1]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
    expect(s.exact).toBe(false);
  });

  it('extra text: truth abcd, prediction "a b c d e f" (abcd, bcde, cdef) → TP 1, FP 2, FN 0', () => {
    const s = scorePage('a b c d', 'a b c d e f');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 2, 0]);
    expect(s.precision).toBeCloseTo(1 / 3, 12);
    expect(s.recall).toBe(1);
  });

  it('an empty prediction has TP = FP = 0: precision 0 (left out of the mean), recall 0', () => {
    const s = scorePage('one two three four five', '');
    expect([s.tp, s.fp, s.fn]).toEqual([0, 0, 2]);
    expect(s.precision).toBe(0);
    expect(s.recall).toBe(0);
  });

  it('texts of 1–3 tokens compare as one short shingle', () => {
    const same = scorePage('Hello world', 'Hello, world!');
    expect([same.tp, same.fp, same.fn]).toEqual([1, 0, 0]);
    expect([same.precision, same.recall, same.exact]).toEqual([1, 1, true]);
    const shorter = scorePage('Hello world', 'Hello');
    expect([shorter.tp, shorter.fp, shorter.fn]).toEqual([0, 1, 1]);
    // A 3-token prediction against a 5-token truth: (a,b,c) is no 4-shingle of the truth.
    const three = scorePage('a b c d e', 'a b c');
    expect([three.tp, three.fp, three.fn]).toEqual([0, 1, 2]);
  });

  it('counts repeated shingles as a multiset', () => {
    // truth: xyzw ×2, yzwx, zwxy, wxyz (8 tokens, 5 windows)
    const once = scorePage('x y z w x y z w', 'x y z w');
    expect([once.tp, once.fp, once.fn]).toEqual([1, 0, 4]);
    // prediction, 12 tokens: xyzw ×3, yzwx ×2, zwxy ×2, wxyz ×2 → TP 2+1+1+1, FP 1+1+1+1
    const thrice = scorePage('x y z w x y z w', 'x y z w x y z w x y z w');
    expect([thrice.tp, thrice.fp, thrice.fn]).toEqual([5, 4, 0]);
    expect(thrice.precision).toBeCloseTo(5 / 9, 12);
    expect(thrice.recall).toBe(1);
  });

  it('is case-sensitive', () => {
    const s = scorePage('The cat sat down', 'the cat sat down');
    expect([s.tp, s.fp, s.fn]).toEqual([0, 1, 1]);
    expect(s.exact).toBe(false);
  });

  it('an exact shingle match is precision = recall = 1 whatever the whitespace and punctuation', () => {
    const s = scorePage('One, two; three four.\n\nFive six', 'One two three four Five six');
    expect([s.tp, s.fp, s.fn]).toEqual([3, 0, 0]);
    expect([s.precision, s.recall, s.exact]).toEqual([1, 1, true]);
  });
});

describe('scoreCorpus', () => {
  it('macro-averages precision over pages with TP+FP > 0 and recall over pages with TP+FN > 0; F1 from the means', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d'), // P 1, R 0.5
      scorePage('a b c d e', ''), // left out of P; R 0
      scorePage('p q r s', 'p q r s'), // P 1, R 1, exact
      scorePage('', ''), // no shingles: out of both means, but exact
    ];
    const s = scoreCorpus(pages);
    expect(s.precisionPages).toBe(2);
    expect(s.recallPages).toBe(3);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.5, 12);
    expect(s.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5, 12);
    expect(s.accuracy).toBe(0.5);
  });
  it('is 0 on no pages', () => {
    expect(scoreCorpus([])).toMatchObject({ pages: 0, precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});

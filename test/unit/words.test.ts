import { describe, expect, it, vi } from 'vitest';
import { countWords } from '../../src/core/text/words';

describe('countWords in scripts written without spaces', () => {
  it('counts the words of Chinese, Japanese and Thai, not one per run between spaces', () => {
    // 北京 / 是 / 中国 / 的 / 首都: one run between spaces, five words.
    expect(countWords('北京是中国的首都。')).toBeGreaterThanOrEqual(4);
    expect(countWords('北京是中国的首都。')).toBeLessThanOrEqual(9);
    expect(countWords('東京都は日本の首都です。')).toBeGreaterThanOrEqual(4);
    expect(countWords('ประเทศไทยเป็นประเทศในเอเชียตะวันออกเฉียงใต้')).toBeGreaterThanOrEqual(5);
  });

  it('grows with the text: a long Chinese paragraph is hundreds of words, not one', () => {
    const one = countWords('中国的首都是北京，上海是最大的城市。');
    expect(countWords('中国的首都是北京，上海是最大的城市。'.repeat(50))).toBe(one * 50);
    expect(one * 50).toBeGreaterThan(200);
  });

  it('counts Latin words and numbers among them once each, and their punctuation as none', () => {
    const mixed = countWords('苹果公司 发布了 iPhone 15 手机。');
    expect(mixed).toBe(countWords('苹果公司 发布了') + 2 + countWords('手机。'));
    expect(countWords('北京。「首都」')).toBe(countWords('北京首都'));
  });

  it('leaves spaced scripts as runs of non-space characters (Korean writes spaces between words)', () => {
    expect(countWords('서울은 한국의 수도이다.')).toBe(3);
    expect(countWords('  Jakarta adalah ibu kota Indonesia.  ')).toBe(5);
    expect(countWords('Москва — столица России')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('counts a word per character where the platform has no word segmenter', async () => {
    const segmenter = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')!;
    try {
      // A runtime without Intl.Segmenter (Firefox before 125).
      Reflect.deleteProperty(Intl, 'Segmenter');
      vi.resetModules();
      const fresh = await import('../../src/core/text/words');
      expect(fresh.countWords('北京是中国的首都 iPhone')).toBe(9);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', segmenter);
    }
  });
});

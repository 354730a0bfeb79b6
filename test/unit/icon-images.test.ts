import { describe, expect, it, vi } from 'vitest';
import { iconCache } from '../../src/background/icon-images';

// A stand-in for the service worker's fetch, createImageBitmap and OffscreenCanvas.
function fakeDecoder(missing: string[] = []) {
  const fetched: string[] = [];
  const g = {
    fetch: vi.fn(async (url: string) => {
      fetched.push(url);
      return { ok: !missing.some((m) => url.endsWith(m)), blob: async () => new Blob([url]) };
    }),
    createImageBitmap: vi.fn(async (blob: Blob) => ({ width: 0, height: 0, close() {}, blob }) as unknown as ImageBitmap),
    OffscreenCanvas: class {
      constructor(readonly width: number, readonly height: number) {}
      getContext() {
        return { drawImage() {}, getImageData: (_x: number, _y: number, w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }) };
      }
    } as unknown as new (w: number, h: number) => OffscreenCanvas,
  };
  return { g, fetched };
}

const ICON = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' };
const url = (path: string) => `chrome-extension://id/${path}`;

describe('iconCache', () => {
  it('decodes each size once, at its own size, and hands out the pixels from then on', async () => {
    const { g, fetched } = fakeDecoder();
    const iconOf = iconCache(url, g);
    const [first, second] = await Promise.all([iconOf(ICON), iconOf(ICON)]);
    const third = await iconOf(ICON);
    expect(first).toBe(second);
    expect(third).toBe(first);
    expect(fetched).toEqual([url('icons/icon-16.png'), url('icons/icon-32.png')]);
    if (!('imageData' in first)) throw new Error('expected pixels');
    expect(first.imageData[16]!.width).toBe(16);
    expect(first.imageData[32]!.height).toBe(32);
  });

  it('falls back to the paths when a file cannot be decoded', async () => {
    const { g } = fakeDecoder(['icon-32.png']);
    expect(await iconCache(url, g)(ICON)).toEqual({ path: ICON });
  });

  it('falls back to the paths where there is no OffscreenCanvas', async () => {
    const { g, fetched } = fakeDecoder();
    expect(await iconCache(url, { ...g, OffscreenCanvas: undefined })(ICON)).toEqual({ path: ICON });
    expect(fetched).toEqual([]);
  });
});

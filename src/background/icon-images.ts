// The toolbar icons as pixels, decoded once per service-worker life.
//
// Chromium's action.setIcon({ path }) fetches and decodes the PNGs inside the service worker on
// every call (its own bindings draw them through an OffscreenCanvas). A trace of a first click
// showed 37 ms of the worker's CPU spent so, on two cores, right while the reading view rendered.
// Handing over the pixels instead costs one small message. Where decoding is not possible (no
// OffscreenCanvas, or a file that fails), the path is used as before.

type Sizes = Record<number, string>;
export type IconSpec = { path: Sizes } | { imageData: Record<number, ImageData> };

interface Decoder {
  fetch(url: string): Promise<{ ok: boolean; blob(): Promise<Blob> }>;
  createImageBitmap(blob: Blob): Promise<ImageBitmap>;
  OffscreenCanvas?: new (width: number, height: number) => OffscreenCanvas;
}

async function decode(url: string, size: number, g: Decoder): Promise<ImageData> {
  const response = await g.fetch(url);
  if (!response.ok) throw new Error(`${url}: not found`);
  const bitmap = await g.createImageBitmap(await response.blob());
  const canvas = new g.OffscreenCanvas!(size, size);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0, size, size);
  bitmap.close?.();
  return context.getImageData(0, 0, size, size);
}

/** Remembers each icon set's pixels (a promise, so concurrent callers share one decoding). */
export function iconCache(resolveUrl: (path: string) => string, g: Decoder = globalThis as unknown as Decoder) {
  const decoded = new Map<Sizes, Promise<IconSpec>>();
  return (path: Sizes): Promise<IconSpec> => {
    let spec = decoded.get(path);
    if (!spec) {
      spec = typeof g.OffscreenCanvas !== 'function' || typeof g.createImageBitmap !== 'function'
        ? Promise.resolve({ path })
        : Promise.all(Object.entries(path).map(async ([size, file]) => [size, await decode(resolveUrl(file), Number(size), g)] as const))
          .then((entries): IconSpec => ({ imageData: Object.fromEntries(entries) }), (): IconSpec => ({ path }));
      decoded.set(path, spec);
    }
    return spec;
  };
}

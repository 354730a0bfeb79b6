import { describe, expect, it } from 'vitest';
import renditions from '../../src/rules/image-renditions.json';
import { imageIdentity, sameImage } from '../../src/core/extract/media/image-identity';

// Each row: addresses real sites use for sizes of one photo (hosts changed to .example).
const SAME: [string, string[]][] = [
  ['WordPress size suffixes, the share image and a srcset candidate', [
    'https://news.example/wp-content/uploads/2022/08/putin-kim-surat.jpg',
    'https://news.example/wp-content/uploads/2022/08/putin-kim-surat-696x392.jpg',
    'https://news.example/wp-content/uploads/2022/08/putin-kim-surat-1068x601.jpg',
    'https://news.example/wp-content/uploads/2022/08/putin-kim-surat-scaled.jpg',
    'https://news.example/wp-content/uploads/2022/08/putin-kim-surat-1024x576@2x.jpg',
    'https://news.example/wp-content/uploads/2022/08/putin-kim-surat-e1660612345678.jpg',
    'https://news.example/wp-content/uploads/2022/08/putin-kim-surat.jpg.webp',
  ]],
  ['Jetpack Photon and query-string resizes', [
    'https://i0.wp.com/news.example/wp-content/uploads/2022/08/harbour.jpg?resize=1024%2C576&ssl=1',
    'https://i2.wp.com/news.example/wp-content/uploads/2022/08/harbour.jpg?fit=1200%2C675',
    'https://news.example/wp-content/uploads/2022/08/harbour.jpg?w=300',
    'https://news.example/wp-content/uploads/2022/08/harbour.jpg',
  ]],
  ['imgix / Unsplash style parameters', [
    'https://images.example/photo-1503023345310?ixlib=rb-4.0.3&auto=format&fit=crop&w=1200&q=80',
    'https://images.example/photo-1503023345310?w=400&dpr=2',
  ]],
  ['a width at the end of the file name (German and English news CMSs)', [
    'https://www.lahntal-rundschau.example/bilder/2024/05/17/92841377/muehlbach-hochwasser-1200.jpg',
    'https://www.lahntal-rundschau.example/bilder/2024/05/17/92841377/muehlbach-hochwasser-960.jpg',
    'https://www.lahntal-rundschau.example/bilder/2024/05/17/92841377/muehlbach-hochwasser-480.jpg',
  ]],
  ['an aspect name and a width', [
    'https://img.meridianpost.example/2024/03/11/bf-council-16x9-2048.jpg',
    'https://img.meridianpost.example/2024/03/11/bf-council-16x9-800.jpg',
  ]],
  ['Shopify sizes', [
    'https://cdn.shop.example/s/files/1/0123/products/mug_800x.jpg?v=1650000000',
    'https://cdn.shop.example/s/files/1/0123/products/mug_x600.jpg',
    'https://cdn.shop.example/s/files/1/0123/products/mug.jpg?v=1690000000',
  ]],
  ['CDN size folders: BBC-style widths, thumbor, Cloudflare, Cloudinary, Blogger', [
    'https://ichef.example/news/976/cpsprodpb/f3c4/production/_126543_harbour.jpg.webp',
    'https://ichef.example/news/640/cpsprodpb/f3c4/production/_126543_harbour.jpg',
  ]],
  ['thumbor and Kompas-style crops', [
    'https://asset.example/crops/Xk2pQ9vB7sLm3nR1tY5wZ8cD0fE=/0x0:1000x667/750x500/data/photo/2022/08/16/kapal.jpg',
    'https://asset.example/crops/Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9=/95x0:905x540/200x100/data/photo/2022/08/16/kapal.jpg',
    'https://asset.example/data/photo/2022/08/16/kapal.jpg',
  ]],
  ['Cloudflare image resizing', [
    'https://site.example/cdn-cgi/image/width=800,quality=75,format=auto/uploads/tram.png',
    'https://site.example/uploads/tram.png',
  ]],
  ['Cloudinary transformations and versions', [
    'https://res.cloudinary.example/demo/image/upload/c_fill,w_800,h_450/v1660000000/news/flood.jpg',
    'https://res.cloudinary.example/demo/image/upload/q_auto,f_auto/news/flood.jpg',
  ]],
  ['Blogger sizes', [
    'https://blogger.example/img/b/R29v/AVvXsE/s1600/kopi.jpg',
    'https://blogger.example/img/b/R29v/AVvXsE/w640-h480/kopi.jpg',
  ]],
  ['Guardian-style crops whose file name is the width', [
    'https://i.guim.example/img/media/8f1c0a7e9b2d4c6e8f0a1b2c3d4e5f6a7b8c9d0e/0_0_3000_1800/master/3000.jpg?width=700&quality=85&auto=format&fit=max&s=abc',
    'https://i.guim.example/img/media/8f1c0a7e9b2d4c6e8f0a1b2c3d4e5f6a7b8c9d0e/0_106_3000_1575/master/3000.jpg',
    'https://i.guim.example/img/media/8f1c0a7e9b2d4c6e8f0a1b2c3d4e5f6a7b8c9d0e/0_0_3000_1800/500.jpg',
  ]],
  ['Drupal image styles', [
    'https://site.example/sites/default/files/styles/large/public/2022-08/bridge.jpg?itok=Ab12Cd34',
    'https://site.example/sites/default/files/2022-08/bridge.jpg',
  ]],
  ['image optimisers that carry the original address', [
    'https://site.example/_next/image?url=%2Fimages%2Fbridge.jpg&w=1080&q=75',
    'https://site.example/images/bridge.jpg',
  ]],
  ['fetch proxies that put the original address in the path', [
    'https://substack.example/image/fetch/w_1456,c_limit,f_webp/https%3A%2F%2Fbucket.example%2Fpublic%2Fimages%2Fbridge.jpg',
    'https://bucket.example/public/images/bridge-1024x683.jpg',
  ]],
];

const DIFFERENT: [string, string, string][] = [
  ['numbered photos of a gallery', 'https://site.example/gallery/flood-101.jpg', 'https://site.example/gallery/flood-102.jpg'],
  ['camera file names', 'https://site.example/uploads/IMG_1234.jpg', 'https://site.example/uploads/IMG_1250.jpg'],
  ['same file name in other year folders', 'https://site.example/uploads/2021/03/photo.jpg', 'https://site.example/uploads/2022/08/photo.jpg'],
  ['photos told apart by their query', 'https://site.example/image.php?id=5&w=300', 'https://site.example/image.php?id=6&w=300'],
  ['two different photos', 'https://site.example/wp-content/uploads/2022/08/putin-kim-surat-696x392.jpg', 'https://site.example/wp-content/uploads/2022/08/kim-jong-un-696x392.jpg'],
  ['Guardian crops of different photos', 'https://i.guim.example/img/media/aaaa1111/0_0_3000_1800/master/3000.jpg', 'https://i.guim.example/img/media/bbbb2222/0_0_3000_1800/master/3000.jpg'],
];

describe('imageIdentity', () => {
  it.each(SAME)('%s: one photo', (_name, urls) => {
    const identities = urls.map((u) => imageIdentity(u));
    expect(identities[0]).not.toBe('');
    expect(new Set(identities).size).toBe(1);
  });

  it.each(DIFFERENT)('%s: two photos', (_name, a, b) => {
    expect(sameImage(a, b)).toBe(false);
  });

  it('resolves relative addresses against the page, and ignores the scheme', () => {
    expect(sameImage('/media/harbour-696x392.jpg', 'https://news.example/media/harbour.jpg', 'https://news.example/world/story.html')).toBe(true);
    expect(sameImage('http://news.example/a/b.jpg', 'https://news.example/a/b.jpg')).toBe(true);
  });

  it('gives no identity to data: URLs, script URLs, garbage or an address with nothing left', () => {
    expect(imageIdentity('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toBe('');
    expect(imageIdentity('javascript:alert(1)')).toBe('');
    expect(imageIdentity('http://[bad')).toBe('');
    expect(imageIdentity('https://site.example/')).toBe('');
    expect(sameImage('', '')).toBe(false);
  });
});

describe('image-renditions rules', () => {
  it('are sorted, unique, lower case lists, and widths are plausible image widths', () => {
    for (const list of [renditions.sizeParams, renditions.urlParams, renditions.sizeSegments]) {
      expect(list.length).toBeGreaterThan(0);
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
      for (const item of list) expect(item).toBe(item.toLowerCase());
    }
    expect([...renditions.widths].sort((a, b) => a - b)).toEqual(renditions.widths);
    for (const w of renditions.widths) expect(w >= 100 && w <= 5000).toBe(true);
  });
});

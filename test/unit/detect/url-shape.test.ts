import { describe, expect, it } from 'vitest';
import { weighUrl } from '../../../src/core/detect/url-shape';

function read(url: string): { reasons: string[]; dated: boolean } {
  const reasons: string[] = [];
  const dated = weighUrl(url, (_, reason) => reasons.push(reason));
  return { reasons: reasons.sort(), dated };
}

describe('weighUrl', () => {
  it.each([
    ['https://a.example/2024/03/12/council-votes/', ['url:date']],
    ['https://a.example/commentisfree/2019/nov/18/the-view-on-hong-kong', ['url:date', 'url:slug']],
    ['https://a.example/2019/11/8/20948348/delhi-air', ['url:date', 'url:id']],
    ['https://a.example/news/2019-11-hibernating-astronauts.html', ['url:date', 'url:slug']],
    ['https://a.example/biz/copper-shipments-slip-2024-05-21/', ['url:date', 'url:slug']],
    ['https://a.example/tuft-cells-set-off-responses-20191115/', ['url:date', 'url:id', 'url:slug']],
  ])('finds the date in %s', (url, reasons) => {
    expect(read(url)).toEqual({ reasons, dated: true });
  });

  it.each([
    ['https://a.example/jawa-tengah/d-7082154/banjir', ['url:id']],
    ['https://a.example/region/nach-starkregen-baut-becken-92841377.html', ['url:id', 'url:slug']],
    ['https://a.example/notes/moving', []],
    ['https://a.example/about-us', []],
    ['https://a.example/p/1202189233/', ['url:id']],
  ])('finds no date in %s', (url, reasons) => {
    expect(read(url)).toEqual({ reasons, dated: false });
  });

  it.each([
    ['https://a.example', 'url:root'],
    ['https://a.example/', 'url:root'],
    ['https://a.example/id/', 'url:root'],
    ['https://a.example/en-us/index.html', 'url:root'],
    ['https://a.example/?s=banjir', 'url:search'],
    ['https://a.example/search.html?query=x', 'url:search'],
    ['https://a.example/cari?q=banjir', 'url:search'],
    ['https://a.example/recherche/?q=x', 'url:search'],
    ['https://a.example/tag/despoblacion/', 'url:tag'],
    ['https://a.example/thema/hochwasser/', 'url:tag'],
    ['https://a.example/category/internasional/', 'url:category'],
    ['https://a.example/page/2/', 'url:listing'],
    ['https://a.example/author/jane-doe/', 'url:listing'],
    ['https://a.example/login.php', 'url:login'],
    ['https://a.example/galeri/', 'url:gallery'],
    ['https://a.example/forums/motor.44/', 'url:forum'],
    ['https://a.example/tienda/', 'url:shop'],
    ['https://a.example/solutions/hr-consulting/', 'url:service'],
    ['https://a.example/layanan/', 'url:service'],
  ])('reads %s as %s', (url, reason) => {
    expect(read(url).reasons).toContain(reason);
  });

  it('ignores empty search keys, other query keys and words inside slugs', () => {
    expect(read('https://a.example/news/view.html?idx=8576&page=1&find=&q=').reasons).toEqual([]);
    expect(read('https://a.example/2019/11/19/video-of-the-search-for-a-missing-girl/').reasons).toEqual(['url:date', 'url:slug']);
  });

  it('reads nothing into addresses that are not http(s) or not addresses', () => {
    for (const url of ['file:///srv/www/tag/search/index.html', 'about:blank', 'not a url', '']) expect(read(url)).toEqual({ reasons: [], dated: false });
  });
});

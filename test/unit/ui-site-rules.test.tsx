import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { withI18n } from './helpers/with-i18n';
import { DEFAULTS, type Settings } from '../../src/shared/settings';
import { SiteRulesList } from '../../src/ui/components/SiteRules';
import { Popup } from '../../src/ui/popup/Popup';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
  const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
  return { window, root: window.document.getElementById('app')! };
}

describe('SiteRulesList', () => {
  const setup = (rules: Settings['siteRules'], max = 150) => {
    const { window, root } = mount();
    const onChange = vi.fn();
    render(withI18n(<SiteRulesList label="Sites" rules={rules} max={max} onChange={onChange} />), root);
    const type = async (text: string) => {
      const input = root.querySelector<HTMLInputElement>('#site-rules-new')!;
      input.value = text;
      input.dispatchEvent(new window.Event('input', { bubbles: true }));
      await tick();
      root.querySelector('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
      await tick();
    };
    return { root, onChange, type };
  };

  it('shows each site with its rule checked, and changes or removes one', () => {
    const { root, onChange } = setup({ 'a.example': 'always', 'b.example': 'never' });
    const legends = [...root.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual(['On a.example', 'On b.example']);
    const checked = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((r) => `${r.name}=${r.value}`);
    expect(checked).toEqual(['site-rule-a.example=always', 'site-rule-b.example=never']);
    root.querySelector<HTMLInputElement>('input[name="site-rule-a.example"][value=never]')!.click();
    expect(onChange).toHaveBeenLastCalledWith({ 'a.example': 'never', 'b.example': 'never' });
    root.querySelector<HTMLInputElement>('input[name="site-rule-b.example"][value=default]')!.click();
    expect(onChange).toHaveBeenLastCalledWith({ 'a.example': 'always' });
  });

  it('adds a site typed as an address or a host name, as the rules key it', async () => {
    const { onChange, type } = setup({});
    await type('https://www.Example.org/news/story');
    expect(onChange).toHaveBeenLastCalledWith({ 'example.org': 'always' });
    await type('  blog.example  ');
    expect(onChange).toHaveBeenLastCalledWith({ 'blog.example': 'always' });
  });

  it('refuses what is not a site, and a site beyond the limit, with a message', async () => {
    const bad = setup({});
    await bad.type('not a site!');
    expect(bad.onChange).not.toHaveBeenCalled();
    expect(bad.root.querySelector('[role=alert]')?.textContent).toMatch(/not a site name/);
    const full = setup({ 'a.example': 'never' }, 1);
    await full.type('b.example');
    expect(full.onChange).not.toHaveBeenCalled();
    expect(full.root.querySelector('[role=alert]')?.textContent).toMatch(/At most 1 site/);
  });
});

describe('Popup', () => {
  const props = {
    status: { state: 'idle' as const },
    onToggle: () => undefined, onChange: () => undefined, onGrantAccess: () => undefined, onOpenOptions: () => undefined,
  };

  it('offers the current site\'s rule and says what the page is', () => {
    const { root } = mount();
    const onSiteRule = vi.fn();
    render(withI18n(<Popup {...props} settings={{ ...DEFAULTS, siteRules: { 'news.example': 'never' } }} page={{ site: 'news.example', kind: 'news' }} hostAccess onSiteRule={onSiteRule} />), root);
    expect(root.textContent).toContain('This page is a news article.');
    expect(root.querySelector<HTMLInputElement>('input[name="site-rule-news.example"]:checked')?.value).toBe('never');
    root.querySelector<HTMLInputElement>('input[name="site-rule-news.example"][value=always]')!.click();
    expect(onSiteRule).toHaveBeenCalledWith('news.example', 'always');
    expect(root.querySelector('.host-access')).toBeNull();
  });

  it('offers to close a view on screen, also one that says there is no article, and to open one otherwise', () => {
    const { root } = mount();
    const page = { site: 'a.example', kind: 'none' as const };
    const button = () => root.querySelector<HTMLButtonElement>('.popup-toggle')!;
    const noArticle = { key: 'note_noArticle' } as const;
    for (const [status, pressed] of [
      [{ state: 'open' }, 'true'],
      [{ state: 'no-article', note: noArticle, view: true }, 'true'],
      [{ state: 'no-article', note: noArticle }, 'false'],
      [{ state: 'idle' }, 'false'],
    ] as const) {
      render(withI18n(<Popup {...props} status={status} settings={DEFAULTS} page={page} hostAccess onSiteRule={() => undefined} />), root);
      expect(button().getAttribute('aria-pressed'), JSON.stringify(status)).toBe(pressed);
      expect(button().textContent).toBe(pressed === 'true' ? 'Close the reading view' : 'Open the reading view');
    }
  });

  it('asks for the access automatic mode needs only when a mode or rule needs it', () => {
    const { root } = mount();
    const page = { site: null, kind: null };
    render(withI18n(<Popup {...props} settings={DEFAULTS} page={page} hostAccess={false} onSiteRule={() => undefined} />), root);
    expect(root.querySelector('.host-access button')?.textContent).toBe('Allow on all sites');
    expect(root.querySelector('.site-rule')).toBeNull();
    render(withI18n(<Popup {...props} settings={{ ...DEFAULTS, autoMode: 'off' }} page={page} hostAccess={false} onSiteRule={() => undefined} />), root);
    expect(root.querySelector('.host-access')).toBeNull();
    render(withI18n(<Popup {...props} settings={{ ...DEFAULTS, autoMode: 'off', siteRules: { 'a.example': 'always' } }} page={page} hostAccess={false} onSiteRule={() => undefined} />), root);
    expect(root.querySelector('.host-access')).not.toBeNull();
  });
});

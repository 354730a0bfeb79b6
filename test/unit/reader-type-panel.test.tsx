// The reading view's Aa panel and ⋯ menu, rendered under jsdom: every control there, each change a
// patch of one setting, and the layers' keyboard (menu keys, Escape that stops at the layer).
import { JSDOM } from 'jsdom';
import { options, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { withI18n } from './helpers/with-i18n';
import { DEFAULTS, type Settings } from '../../src/shared/settings';
import { Toolbar } from '../../src/ui/reader/Toolbar';
import { PANEL_SETTINGS, TypePanel } from '../../src/ui/reader/TypePanel';

// A state change renders on a microtask; effects (focus, listeners) run after the next frame, which
// Node has none of: Preact's hooks then wait up to 35 ms on a timer. Give them the next task instead,
// so that each step below settles in order, however busy the machine.
options.requestAnimationFrame = (flush) => void setTimeout(flush, 0);
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function dom() {
  const { window } = new JSDOM('<!doctype html><html><body><p id="outside">page</p><div id="app"></div></body></html>');
  const root = window.document.getElementById('app')!;
  const key = (target: Element, k: string) => {
    const event = new window.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  };
  return { window, document: window.document, root, key };
}

describe('TypePanel (the Aa panel)', () => {
  const setup = (settings: Settings = DEFAULTS, open = true) => {
    const env = dom();
    const onChange = vi.fn();
    const onOpen = vi.fn();
    const onClose = vi.fn();
    const draw = (isOpen: boolean) => render(withI18n(
      <TypePanel id="type-panel" open={isOpen} settings={settings} onChange={onChange} onOpen={onOpen} onClose={onClose} />,
    ), env.root);
    draw(open);
    const panel = env.root.querySelector<HTMLElement>('#type-panel')!;
    const toggle = env.root.querySelector<HTMLButtonElement>('#type-panel-toggle')!;
    return { ...env, onChange, onOpen, onClose, panel, toggle, draw };
  };
  const radio = (panel: Element, name: string, value: string) => panel.querySelector<HTMLInputElement>(`input[type=radio][name=${name}][value=${value}]`)!;

  it('is a labelled dialog under an "Aa" button, with every type and colour control', () => {
    const { panel, toggle } = setup();
    expect(toggle.textContent).toBe('Aa');
    expect(toggle.getAttribute('title')).toBe('Type and colours');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('type-panel');
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(panel.getAttribute('aria-label')).toBe('Type and colours');
    expect(PANEL_SETTINGS).toEqual(['fontFamily', 'fontSize', 'lineHeight', 'paragraphSpacing', 'contentWidth', 'textAlign', 'theme']);
    const legends = [...panel.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Typeface', 'Line width', 'Text alignment', 'Theme']);
    const choices = (name: string) => [...panel.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)].map((i) => [i.value, i.closest('label')!.textContent]);
    expect(choices('fontFamily')).toEqual([
      ['serif', 'Serif'], ['sans', 'Sans-serif'], ['system', 'System font'], ['legible', 'Highly legible'], ['dyslexic', 'Dyslexia-friendly'],
    ]);
    expect(choices('theme')).toEqual([['system', 'System'], ['light', 'Light'], ['sepia', 'Sepia'], ['dark', 'Dark'], ['contrast', 'High contrast']]);
    expect(choices('textAlign')).toEqual([['start', 'Standard'], ['justify', 'Justified']]);
    expect(choices('contentWidth').map(([v]) => v)).toEqual(['narrow', 'medium', 'wide']);
    // Each typeface is shown in itself, each theme with a swatch in its own colours.
    expect(radio(panel, 'fontFamily', 'dyslexic').nextElementSibling!.getAttribute('data-font')).toBe('dyslexic');
    expect(radio(panel, 'theme', 'contrast').nextElementSibling!.querySelector('.theme-swatch')!.getAttribute('data-theme')).toBe('contrast');
    const sliders = [...panel.querySelectorAll<HTMLInputElement>('input[type=range]')];
    expect(sliders.map((s) => [s.name, s.labels![0]!.textContent, s.value])).toEqual([['lineHeight', 'Line spacing', '1.6'], ['paragraphSpacing', 'Paragraph spacing', '1']]);
    // Each named by its visible symbol and what it does.
    expect([...panel.querySelectorAll('.setting-size button')].map((b) => b.textContent)).toEqual(['A− Smaller text', 'A+ Larger text']);
    expect(panel.querySelector('.setting-size output')!.textContent).toBe('20px');
    // The chosen values are the checked ones.
    expect(radio(panel, 'fontFamily', 'serif').checked).toBe(true);
    expect(radio(panel, 'theme', 'system').checked).toBe(true);
  });

  it('shows stored values, old ones included', () => {
    const { panel } = setup({ ...DEFAULTS, fontFamily: 'sans', theme: 'sepia', textAlign: 'justify' });
    expect(radio(panel, 'fontFamily', 'sans').checked).toBe(true);
    expect(radio(panel, 'theme', 'sepia').checked).toBe(true);
    expect(radio(panel, 'textAlign', 'justify').checked).toBe(true);
  });

  it.each([
    ['fontFamily', 'dyslexic'], ['fontFamily', 'legible'], ['fontFamily', 'system'], ['theme', 'contrast'], ['theme', 'dark'],
    ['textAlign', 'justify'], ['contentWidth', 'wide'],
  ])('choosing %s = %s calls onChange with that one setting', (name, value) => {
    const { panel, onChange } = setup();
    radio(panel, name, value).click();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ [name]: value });
  });

  it.each([['lineHeight', '1.9', 1.9], ['paragraphSpacing', '1.5', 1.5]])('moving the %s slider calls onChange with the number', (name, text, value) => {
    const { window, panel, onChange } = setup();
    const slider = panel.querySelector<HTMLInputElement>(`input[type=range][name=${name}]`)!;
    slider.value = text;
    slider.dispatchEvent(new window.Event('input', { bubbles: true }));
    expect(onChange).toHaveBeenCalledWith({ [name]: value });
  });

  it('the − and + buttons step the text size, within its range', () => {
    const { panel, onChange } = setup();
    const [smaller, larger] = [...panel.querySelectorAll<HTMLButtonElement>('.setting-size button')];
    larger!.click();
    smaller!.click();
    expect(onChange.mock.calls).toEqual([[{ fontSize: 21 }], [{ fontSize: 19 }]]);
    const atMax = setup({ ...DEFAULTS, fontSize: 36 }).panel.querySelectorAll<HTMLButtonElement>('.setting-size button');
    expect([atMax[0]!.disabled, atMax[1]!.disabled]).toEqual([false, true]);
  });

  it('takes the focus when it opens, and Escape closes it alone: the key stops there and the focus goes back to Aa', async () => {
    const { document, panel, toggle, onClose, key, draw } = setup(DEFAULTS, false);
    expect(panel.hidden).toBe(true);
    draw(true);
    await settle();
    expect(panel.hidden).toBe(false);
    expect(document.activeElement).toBe(radio(panel, 'fontFamily', 'serif'));
    const reachedView = vi.fn();
    document.addEventListener('keydown', reachedView);
    const escape = key(document.activeElement!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(escape.defaultPrevented).toBe(true);
    expect(reachedView).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(toggle);
    // Closed, Escape is the view's again.
    draw(false);
    await settle();
    key(toggle, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(reachedView).toHaveBeenCalledTimes(1);
  });

  it('closes when the focus leaves it for the page (Tab out, a click in the article), not when it moves inside', async () => {
    const { document, panel, onClose } = setup();
    await settle();
    radio(panel, 'theme', 'dark').focus();
    panel.querySelector<HTMLInputElement>('input[type=range]')!.focus();
    expect(onClose).not.toHaveBeenCalled();
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on a click outside, not on one inside; the Aa button toggles it', async () => {
    const { window, document, panel, toggle, onClose, onOpen, draw } = setup();
    await settle();
    const press = (el: Element) => el.dispatchEvent(new window.MouseEvent('pointerdown', { bubbles: true }));
    press(panel.querySelector('legend')!);
    expect(onClose).not.toHaveBeenCalled();
    press(document.getElementById('outside')!);
    expect(onClose).toHaveBeenCalledTimes(1);
    toggle.click();
    expect(onClose).toHaveBeenCalledTimes(2);
    draw(false);
    await settle();
    toggle.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});

describe('the toolbar and its ⋯ menu', () => {
  const setup = (withPrint = true) => {
    const env = dom();
    const onNotArticle = vi.fn();
    const onPrint = vi.fn();
    const onClose = vi.fn();
    render(withI18n(
      <Toolbar settings={DEFAULTS} onClose={onClose} onNotArticle={onNotArticle} onPrint={withPrint ? onPrint : undefined} onChange={vi.fn()} />,
    ), env.root);
    const button = env.root.querySelector<HTMLButtonElement>('.reader-menu-button')!;
    const menu = env.root.querySelector<HTMLElement>('[role=menu]')!;
    const items = () => [...menu.querySelectorAll<HTMLButtonElement>('[role=menuitem]')];
    return { ...env, onNotArticle, onPrint, onClose, button, menu, items };
  };

  it('keeps the toolbar calm: close, Aa and ⋯ (names only with highlighting), the rare actions in the menu', () => {
    const { root, button, menu, items } = setup();
    const tools = [...root.querySelectorAll('.reader-toolbar button:not([role=menuitem]):not(.type-panel button)')].map((b) => b.textContent);
    expect(tools).toEqual(['×', 'Aa', '⋯']);
    expect(button.getAttribute('aria-label')).toBe('More actions');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(menu.hidden).toBe(true);
    expect(menu.getAttribute('aria-labelledby')).toBe(button.id);
    expect([...menu.children].every((li) => li.getAttribute('role') === 'none')).toBe(true);
    expect(items().map((i) => [i.textContent, i.className, i.tabIndex])).toEqual([['Not an article', 'reader-not-article', -1], ['Print', 'reader-print', -1]]);
    expect(setup(false).items().map((i) => i.textContent)).toEqual(['Not an article']);
  });

  it('opens on ↓ at the first item; ↓ ↑ Home End move round it; Escape closes it and focuses ⋯, and the view never hears it', async () => {
    const { document, button, menu, items, key } = setup();
    key(button, 'ArrowDown');
    await settle();
    expect(menu.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const [notArticle, print] = items();
    expect(document.activeElement).toBe(notArticle);
    key(notArticle!, 'ArrowDown');
    expect(document.activeElement).toBe(print);
    key(print!, 'ArrowDown');
    expect(document.activeElement).toBe(notArticle);
    key(notArticle!, 'ArrowUp');
    expect(document.activeElement).toBe(print);
    key(print!, 'Home');
    expect(document.activeElement).toBe(notArticle);
    expect(key(notArticle!, 'End').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(print);
    const reachedView = vi.fn();
    document.addEventListener('keydown', reachedView);
    key(print!, 'Escape');
    await settle();
    expect(menu.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(reachedView).not.toHaveBeenCalled();
  });

  it('opens on ↑ at the last item, and on a click at the first', async () => {
    const { document, button, items, key } = setup();
    key(button, 'ArrowUp');
    await settle();
    expect(document.activeElement).toBe(items()[1]);
    key(items()[1]!, 'Escape');
    await settle();
    button.click();
    await settle();
    expect(document.activeElement).toBe(items()[0]);
  });

  it('runs an item and closes: Print calls onPrint, Not an article onNotArticle', async () => {
    const { button, menu, items, onPrint, onNotArticle } = setup();
    button.click();
    await settle();
    items()[1]!.click();
    await settle();
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect(menu.hidden).toBe(true);
    button.click();
    await settle();
    items()[0]!.click();
    expect(onNotArticle).toHaveBeenCalledTimes(1);
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('Tab and a click outside close it; one layer is open at a time', async () => {
    const { window, document, root, button, menu, items, key } = setup();
    button.click();
    await settle();
    key(items()[0]!, 'Tab');
    await settle();
    expect(menu.hidden).toBe(true);
    button.click();
    await settle();
    document.getElementById('outside')!.dispatchEvent(new window.MouseEvent('pointerdown', { bubbles: true }));
    await settle();
    expect(menu.hidden).toBe(true);
    button.click();
    await settle();
    root.querySelector<HTMLButtonElement>('.type-toggle')!.click();
    await settle();
    expect(menu.hidden).toBe(true);
    expect(root.querySelector<HTMLElement>('.type-panel')!.hidden).toBe(false);
  });
});

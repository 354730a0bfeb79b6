import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { i18nFor } from './helpers/i18n';
import { withI18n } from './helpers/with-i18n';
import type { Entity, EntityType } from '../../src/core/entities/types';
import { DEFAULTS } from '../../src/shared/settings';
import { EntityPanel } from '../../src/ui/reader/EntityPanel';
import { announcement, filterOf, panelGroups, scriptSupported } from '../../src/ui/reader/entities/panel-groups';

const entity = (text: string, type: EntityType, key = true): Entity => ({ text, type, mentions: 3, salience: 0.5, aliases: [], key });
const ENTITIES = [
  entity('Vladimir Putin', 'person'), entity('Moscow', 'place'), entity('KCNA', 'organization'),
  entity('Kim Jong Un', 'person'), entity('Ukraina', 'place', false),
];
const COUNTS = [6, 4, 1, 3, 2];

describe('filterOf', () => {
  it('reads the three type switches and key-only from the settings', () => {
    expect(filterOf(DEFAULTS)).toEqual({ types: new Set(['person', 'organization', 'place']), keyOnly: true });
    const some = filterOf({ ...DEFAULTS, entityOrganization: false, entityKeyOnly: false });
    expect([...some.types]).toEqual(['person', 'place']);
    expect(some.keyOnly).toBe(false);
  });
});

describe('panelGroups', () => {
  it('groups People, Organisations, Places in that order, entries in salience order with their counts', () => {
    const groups = panelGroups(ENTITIES, filterOf({ ...DEFAULTS, entityKeyOnly: false }), COUNTS);
    expect(groups.map((g) => g.label)).toEqual(['entities_person', 'entities_organization', 'entities_place']);
    expect(groups[0]!.entries).toEqual([{ index: 0, text: 'Vladimir Putin', count: 6 }, { index: 3, text: 'Kim Jong Un', count: 3 }]);
    expect(groups[2]!.entries.map((e) => e.text)).toEqual(['Moscow', 'Ukraina']);
  });

  it('leaves out non-key entities with keyOnly, unchosen types, and entities with nothing highlighted', () => {
    const groups = panelGroups(ENTITIES, filterOf({ ...DEFAULTS, entityPerson: false }), [6, 4, 0, 3, 2]);
    expect(groups.map((g) => [g.type, g.entries.map((e) => e.text)])).toEqual([['place', ['Moscow']]]);
    expect(panelGroups([], filterOf(DEFAULTS), [])).toEqual([]);
  });
});

describe('announcement and scriptSupported', () => {
  it('announces the position from 1, in the interface language', () => {
    expect(announcement(i18nFor('en'), 'Vladimir Putin', 0, 6)).toBe('Vladimir Putin, mention 1 of 6');
    expect(announcement(i18nFor('id'), 'Vladimir Putin', 1, 6)).toBe('Vladimir Putin, sebutan ke-2 dari 6');
  });

  it.each([
    ['Presiden Rusia Vladimir Putin dan pemimpin Korea Utara', true],
    ['Der Bürgermeister von Lahntal äußerte sich', true],
    ['习近平与普京在莫斯科会晤', false],
    ['التقى الرئيس الروسي فلاديمير بوتين', false],
    ['東京で Tokyo の会議', false],
    ['', true],
  ])('%s → %s', (text, supported) => {
    expect(scriptSupported(text)).toBe(supported);
  });
});

describe('EntityPanel', () => {
  const setup = (props: Partial<Parameters<typeof EntityPanel>[0]> = {}) => {
    const { document } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>').window;
    const root = document.getElementById('app')!;
    const onSelect = vi.fn();
    const onClose = vi.fn();
    const groups = panelGroups(ENTITIES, filterOf(DEFAULTS), COUNTS);
    render(withI18n(<EntityPanel id="p" open status="ready" groups={groups} message="" onSelect={onSelect} onClose={onClose} {...props} />), root);
    return { root, onSelect, onClose };
  };

  it('lists each shown entity as a button with its count, under its type heading', () => {
    const { root, onSelect } = setup();
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent?.trim())).toEqual(['● People', '■ Organisations', '▲ Places']);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.entity-entry')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Vladimir Putin, 6 mentions', 'Kim Jong Un, 3 mentions', 'KCNA, 1 mention', 'Moscow, 4 mentions',
    ]);
    buttons[1]!.click();
    expect(onSelect).toHaveBeenCalledWith(3);
  });

  it('stays in the DOM but hidden while closed', () => {
    const panel = setup({ open: false }).root.querySelector('aside')!;
    expect(panel.hidden).toBe(true);
    expect(panel.id).toBe('p');
  });

  it('says so when nothing was found, or the script is not supported', () => {
    expect(setup({ groups: [] }).root.querySelector('.entity-note')?.textContent).toBe('No people, organisations or places found.');
    const unsupported = setup({ status: 'unsupported', groups: [] }).root;
    expect(unsupported.querySelector('.entity-note')?.textContent).toMatch(/not available for this script/);
    expect(unsupported.querySelectorAll('button')).toHaveLength(0);
  });

  it('closes on Escape without letting the key reach the page (which would close the view)', () => {
    const { root, onClose } = setup();
    const reachedPage = vi.fn();
    root.ownerDocument.addEventListener('keydown', reachedPage);
    const button = root.querySelector('button')!;
    button.dispatchEvent(new root.ownerDocument.defaultView!.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(reachedPage).not.toHaveBeenCalled();
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declutterArticle, rulesFor } from '../../src/core/declutter';

const root = (lang: string, body: string) =>
  new JSDOM(`<!doctype html><html lang="${lang}"><body><div id="root">${body}</div></body></html>`).window.document.getElementById('root')!;

const PT_STORY = [
  'A equipe do serviço de atendimento registrou nesta manhã o arrombamento de dois dos cinco automóveis da unidade, que estavam estacionados no pátio.',
  'Os veículos estavam sem as baterias, e a polícia foi chamada para registrar a ocorrência e ouvir os funcionários que chegaram primeiro ao local.',
].map((p) => `<p>${p}</p>`).join('');

describe('a line of the post\'s facts between dashes or bars', () => {
  it('is taken out: date, author, category and tags on one line', () => {
    const article = root('pt', `<p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: saúde veículos</p>${PT_STORY}`);
    const removed = declutterArticle(article, rulesFor('pt'));
    expect(article.textContent).not.toContain('Clarissa Borba');
    expect(article.textContent).toContain('arrombamento de dois dos cinco');
    expect(removed.map((removal) => removal.rule)).toContain('byline-line');
  });

  it('is taken out in English too', () => {
    const article = root('en', '<p>By Ana Ribeiro | Updated 3 May 2024 | Tags: floods, rivers</p><p>The river rose two metres overnight and the town council closed the bridge before dawn, sending traffic twenty miles around.</p>');
    declutterArticle(article, rulesFor('en'));
    expect(article.textContent).not.toContain('Ana Ribeiro');
  });

  it('is not a sentence, nor a line with one label', () => {
    const sentence = 'Por volta das 8h - segundo a polícia - os veículos foram arrombados - e as baterias levadas.';
    const oneLabel = 'Publicado por: Clarissa Borba - Saúde - Cidade';
    const article = root('pt', `<p>${sentence}</p>${PT_STORY}<p>${oneLabel}</p>`);
    declutterArticle(article, rulesFor('pt'));
    expect(article.textContent).toContain('segundo a polícia');
    expect(article.textContent).toContain('Clarissa Borba');
  });
});

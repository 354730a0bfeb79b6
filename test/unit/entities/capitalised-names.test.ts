import { describe, expect, it } from 'vitest';
import { refineTags } from '../../../src/core/entities/refine-tags';
import type { Tag } from '../../../src/core/entities/types';

const words = (s: string) => s.split(' ');
const none = (w: string[]): Tag[] => w.map(() => 'O');
const spans = (w: string[], tags: Tag[]) => {
  const out: string[] = [];
  tags.forEach((t, i) => {
    if (t.startsWith('B-')) out.push(`${w[i]}/${t.slice(2)}`);
    else if (t.startsWith('I-')) out[out.length - 1] += ` ${w[i]}`;
  });
  return out;
};

describe('names in languages the model was not trained on', () => {
  it('types capitalised runs by evidence in Spanish: organisation head, first name, known place', () => {
    const w = words('El Ayuntamiento de Cañada del Cierzo y la alcaldesa Marta Lozano viajaron a Zaragoza con Pedro Rojo .');
    expect(spans(w, refineTags(w, none(w), 'es'))).toEqual([
      'Ayuntamiento/ORG de Cañada del Cierzo', 'Marta/PER Lozano', 'Zaragoza/LOC', 'Pedro/PER Rojo',
    ]);
  });

  it('leaves a capitalised run of unknown type untagged rather than guessing', () => {
    const w = words('Los vecinos de Villanueva del Monte protestaron .');
    expect(spans(w, refineTags(w, none(w), 'es'))).toEqual([]);
  });

  it('reads only first name + name in German, where every noun is capitalised', () => {
    const w = words('Die Bürgermeisterin Katrin Vossberg sprach über den Schaden am Rathaus .');
    expect(spans(w, refineTags(w, none(w), 'de'))).toEqual(['Katrin/PER Vossberg']);
  });

  it('does nothing of the kind in English or Indonesian, where the model decides', () => {
    const w = words('the mayor Marta Lozano said');
    expect(refineTags(w, none(w), 'en')).toEqual(none(w));
  });
});

import { describe, expect, it } from 'vitest';
import { abbreviates, foldMentions, isPartOf, type FoldInput } from '../../../src/core/entities/fold';
import type { EntityType } from '../../../src/core/entities/types';

/** Mentions of one block, located by their first occurrence after the previous one. */
function mentionsIn(text: string, list: Array<[string, EntityType]>): FoldInput[] {
  let from = 0;
  return list.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in text`);
    from = start + name.length;
    return { block: 0, start, end: from, text: name, type };
  });
}

const summary = (text: string, list: Array<[string, EntityType]>) =>
  foldMentions(mentionsIn(text, list), [text]).map((e) => ({ text: e.text, type: e.type, mentions: e.members.length }));

describe('foldMentions', () => {
  it('folds a lone family name the tagger typed otherwise into the full personal name', () => {
    const text = 'Union president Rocío Valdivia spoke. Valdivia told reporters. Valdivia said no.';
    expect(summary(text, [['Rocío Valdivia', 'person'], ['Valdivia', 'place'], ['Valdivia', 'place']])).toEqual([
      { text: 'Rocío Valdivia', type: 'person', mentions: 3 },
    ]);
  });

  it('folds a family name, earlier or later, into the full name (Putin -> Vladimir Putin)', () => {
    const text = 'Putin menulis. Vladimir Putin dan Kim Jong Un bertemu. Kim menjawab Putin.';
    expect(summary(text, [['Putin', 'person'], ['Vladimir Putin', 'person'], ['Kim Jong Un', 'person'], ['Kim', 'person'], ['Putin', 'person']])).toEqual([
      { text: 'Vladimir Putin', type: 'person', mentions: 3 },
      { text: 'Kim Jong Un', type: 'person', mentions: 2 },
    ]);
  });

  it('folds "Whitlock" (after a stripped "Ms.") into "Denise Whitlock"', () => {
    const text = 'Mayor Denise Whitlock said. Ms. Whitlock said.';
    expect(summary(text, [['Denise Whitlock', 'person'], ['Whitlock', 'person']])).toEqual([{ text: 'Denise Whitlock', type: 'person', mentions: 2 }]);
  });

  it('folds an organisation\'s short name from its start (Tessaro -> Tessaro Infrastructure Partners)', () => {
    const text = 'Tessaro Infrastructure Partners bought it. Tessaro argued.';
    expect(summary(text, [['Tessaro Infrastructure Partners', 'organization'], ['Tessaro', 'organization']]))
      .toEqual([{ text: 'Tessaro Infrastructure Partners', type: 'organization', mentions: 2 }]);
  });

  it('never folds a place into a longer place ("Korea" is not "Korea Utara")', () => {
    const text = 'Korea Utara dan Semenanjung Korea.';
    expect(summary(text, [['Korea Utara', 'place'], ['Semenanjung Korea', 'place']])).toHaveLength(2);
    expect(isPartOf('Korea', 'Korea Utara', 'place')).toBe(false);
  });

  it('does not fold across types (a place named like a person\'s given name)', () => {
    const text = 'Georgia Brown visited Georgia.';
    expect(summary(text, [['Georgia Brown', 'person'], ['Georgia', 'place']])).toHaveLength(2);
  });

  it('folds an acronym into the name it abbreviates, with a shared tail (BPBD Demak)', () => {
    expect(abbreviates('BPBD', 'Badan Penanggulangan Bencana Daerah')).toBe(true);
    expect(abbreviates('BPBD Demak', 'Badan Penanggulangan Bencana Daerah Demak')).toBe(true);
    expect(abbreviates('BMKG', 'Badan Penanggulangan Bencana Daerah')).toBe(false);
    const text = 'Badan Penanggulangan Bencana Daerah Demak mencatat. BPBD Demak lalu mengirim bantuan.';
    expect(summary(text, [['Badan Penanggulangan Bencana Daerah Demak', 'organization'], ['BPBD Demak', 'organization']]))
      .toEqual([{ text: 'Badan Penanggulangan Bencana Daerah Demak', type: 'organization', mentions: 2 }]);
  });

  it('folds a parenthesised acronym right after a name into it, whatever its letters', () => {
    // The capital initials of this name are "OAN": only the parentheses tie "OTAN" to it.
    const name = 'Organisation du traité de l’Atlantique Nord';
    const text = `L’${name} (OTAN) se réunit. L’OTAN a dit.`;
    expect(summary(text, [[name, 'organization'], ['OTAN', 'organization'], ['OTAN', 'organization']]))
      .toEqual([{ text: name, type: 'organization', mentions: 3 }]);
    const far = `L’${name} se réunit (OTAN).`;
    expect(summary(far, [[name, 'organization'], ['OTAN', 'organization']])).toHaveLength(2);
  });

  it('gives a written form the type most of its mentions have', () => {
    const text = 'Moskow menolak. Di Moskow hujan. Ke Moskow lagi.';
    expect(summary(text, [['Moskow', 'organization'], ['Moskow', 'place'], ['Moskow', 'place']])).toEqual([{ text: 'Moskow', type: 'place', mentions: 3 }]);
  });

  it('folds a short form into the most mentioned of several fuller names', () => {
    const text = 'Kim Yo Jong. Kim Jong Un. Kim Jong Un. Kim.';
    const folded = summary(text, [['Kim Yo Jong', 'person'], ['Kim Jong Un', 'person'], ['Kim Jong Un', 'person'], ['Kim', 'person']]);
    expect(folded).toContainEqual({ text: 'Kim Jong Un', type: 'person', mentions: 3 });
  });
});

describe('foldMentions: capitals', () => {
  it('folds a name set in capitals into the name as normally written, which is canonical', () => {
    const text = 'BRENNAN FALLS, Ohio — The council met. Brennan Falls voted.';
    expect(summary(text, [['BRENNAN FALLS', 'place'], ['Brennan Falls', 'place']])).toEqual([{ text: 'Brennan Falls', type: 'place', mentions: 2 }]);
  });

  it('keeps an acronym apart from a word that happens to share its letters', () => {
    const text = 'NASA said. Nasa is a surname.';
    expect(summary(text, [['NASA', 'organization'], ['Nasa', 'organization']])).toHaveLength(2);
  });
});

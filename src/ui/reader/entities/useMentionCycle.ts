// The panel's "go to the next mention" for each entity: scroll, focus and announce it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '../../../core/entities/types';
import type { I18n } from '../../../shared/i18n/translator';
import { mentionStarts } from './highlight';
import { announcement } from './panel-groups';

/** Scrolls to a mark and focuses it (focusable only by script, so Tab order is untouched). */
export function showMark(mark: HTMLElement): void {
  mark.tabIndex = -1;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
}

export function useMentionCycle(marks: HTMLElement[][], entities: Entity[], ui: I18n) {
  const cursor = useRef(new Map<number, number>());
  const [message, setMessage] = useState('');
  // New marks (settings changed, article replaced): start every entity from its first mention again.
  useEffect(() => { cursor.current.clear(); }, [marks]);
  const select = (index: number) => {
    const targets = mentionStarts(marks[index] ?? []);
    if (!targets.length) return;
    const position = ((cursor.current.get(index) ?? -1) + 1) % targets.length;
    cursor.current.set(index, position);
    showMark(targets[position]!);
    setMessage(announcement(ui, entities[index]?.text ?? '', position, targets.length));
  };
  return { select, message };
}

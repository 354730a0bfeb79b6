import { useEffect, useRef } from 'preact/hooks';
import { closeOnEscape, closeOnFocusLeaving, useOutsideClick } from './layers';

export interface MenuAction {
  key: string;
  label: string;
  title?: string;
  /** A class for the item (tests and styles find "Not an article" by `reader-not-article`). */
  className?: string;
  onSelect: () => void;
}

export interface OverflowMenuProps {
  id: string;
  /** The ⋯ button's accessible name and tooltip. */
  label: string;
  open: boolean;
  items: MenuAction[];
  onOpen: () => void;
  onClose: () => void;
}

/**
 * The toolbar's ⋯ menu for actions seldom used (WAI-ARIA menu button): the button opens it on a
 * click, Enter, Space or ↓ (first item) and ↑ (last item); in it ↓ ↑ Home End move, Enter or a
 * click runs an item, Escape closes it and gives the focus back to the button, Tab closes it and
 * moves on.
 */
export function OverflowMenu({ id, label, open, items, onOpen, onClose }: OverflowMenuProps) {
  const layer = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  // The item to focus once the menu has opened (it is hidden until the next render).
  const pending = useRef<number | null>(null);
  useOutsideClick(open, layer, onClose);
  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const focusItem = (index: number) => {
    const all = menuItems();
    if (all.length) all[((index % all.length) + all.length) % all.length]!.focus();
  };
  useEffect(() => {
    if (!open || pending.current === null) return;
    focusItem(pending.current);
    pending.current = null;
  }, [open]);
  const openAt = (index: number) => {
    pending.current = index;
    if (open) focusItem(index);
    else onOpen();
  };
  const dismiss = () => {
    onClose();
    button.current?.focus();
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openAt(event.key === 'ArrowDown' ? 0 : -1);
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const current = menuItems().indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: -1 };
    if (event.key === 'Tab') {
      onClose();
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    focusItem(moves[event.key]!);
  };
  return (
    <div class="reader-layer reader-menu" ref={layer} onKeyDown={closeOnEscape(open, dismiss)} onFocusOut={closeOnFocusLeaving(open, onClose)}>
      <button
        type="button" ref={button} id={`${id}-button`} class="reader-menu-button" onClick={() => (open ? onClose() : openAt(0))}
        onKeyDown={onButtonKey} aria-haspopup="menu" aria-expanded={open} aria-controls={id} aria-label={label} title={label}
      >
        ⋯
      </button>
      <ul id={id} ref={menu} role="menu" aria-labelledby={`${id}-button`} class="reader-menu-list" hidden={!open} tabIndex={-1} onKeyDown={onMenuKey}>
        {items.map((item) => (
          <li key={item.key} role="none">
            <button
              type="button" role="menuitem" tabIndex={-1} class={item.className} title={item.title}
              onClick={() => {
                dismiss();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

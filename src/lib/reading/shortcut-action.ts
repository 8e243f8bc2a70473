/** What a keyboard shortcut does. */
export type ShortcutAction = 'next' | 'previous' | 'open' | 'toggle-read' | 'toggle-saved' | 'search' | 'help';

/** The shortcuts, in the order the `?` overlay lists them. */
export const SHORTCUTS: ReadonlyArray<{ key: string; action: ShortcutAction }> = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'o', action: 'open' },
  { key: 'x', action: 'toggle-read' },
  { key: 's', action: 'toggle-saved' },
  { key: '/', action: 'search' },
  { key: '?', action: 'help' },
];

/** A key press, as much of it as deciding a shortcut needs. */
export interface KeyPress {
  /** `KeyboardEvent.key`. */
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Whether the key went to a text field, a select or editable content. */
  typing: boolean;
  /** Whether a modal dialog is open (its own keys, such as Escape, belong to it). */
  dialogOpen: boolean;
}

/**
 * The shortcut a key press means, or undefined: never while the reader types
 * in a field, never with Ctrl, Cmd or Alt (those belong to the browser), and
 * nothing while a dialog is open.
 */
export function shortcutAction(press: KeyPress): ShortcutAction | undefined {
  if (press.typing || press.dialogOpen || press.ctrlKey || press.metaKey || press.altKey) return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.key === press.key)?.action;
}

/** Whether an element takes typed text, so shortcuts stand aside for it. */
export function isTypingTarget(
  element: { tagName: string; isContentEditable?: boolean; type?: string } | null,
): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  // Buttons and checkboxes are inputs too, but take no text.
  return (
    element.tagName === 'INPUT' &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(element.type ?? 'text')
  );
}

import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutAction, type KeyPress } from '../../../src/lib/reading/shortcut-action.ts';
import { slugFromPath } from '../../../src/lib/reading/slug-from-path.ts';
import { stepIndex } from '../../../src/lib/reading/step-index.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  dialogOpen: false,
  ...extra,
});

describe('keyboard shortcuts', () => {
  it('maps j, k, o, x, s, / and ? to their actions', () => {
    expect(['j', 'k', 'o', 'x', 's', '/', '?'].map((key) => shortcutAction(press(key)))).toEqual([
      'next',
      'previous',
      'open',
      'toggle-read',
      'toggle-saved',
      'search',
      'help',
    ]);
    expect(shortcutAction(press('J'))).toBeUndefined();
    expect(shortcutAction(press('Enter'))).toBeUndefined();
  });

  it('never fires while typing, with a modifier, or while a dialog is open', () => {
    for (const extra of [
      { typing: true },
      { ctrlKey: true },
      { metaKey: true },
      { altKey: true },
      { dialogOpen: true },
    ]) {
      expect(shortcutAction(press('x', extra)), JSON.stringify(extra)).toBeUndefined();
    }
  });

  it('treats text fields, selects and editable content as typing, and buttons and checkboxes not', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'A' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('moves to the first item from nowhere and stops at either end', () => {
    expect(stepIndex(-1, 1, 5)).toBe(0);
    expect(stepIndex(-1, -1, 5)).toBe(0);
    expect(stepIndex(0, 1, 5)).toBe(1);
    expect(stepIndex(4, 1, 5)).toBe(4);
    expect(stepIndex(0, -1, 5)).toBe(0);
    expect(stepIndex(9, 1, 5)).toBe(0);
    expect(stepIndex(-1, 1, 0)).toBe(-1);
  });

  it('finds the paper of a result link, under any base path', () => {
    expect(slugFromPath('/papers/diskgnn-bridging/', '/')).toBe('diskgnn-bridging');
    expect(slugFromPath('/papershelf/papers/diskgnn-bridging/', '/papershelf/')).toBe('diskgnn-bridging');
    expect(slugFromPath('/papers/diskgnn-bridging/', '/papershelf/')).toBeUndefined();
    expect(slugFromPath('/topics/graph-neural-networks/', '/')).toBeUndefined();
    expect(slugFromPath('/papers/', '/')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { focusKind, keyCommand } from '../../../src/islands/lab/keys';

describe('lab keyboard shortcuts', () => {
  it('digits step CPUs in order, up to the number of CPUs', () => {
    expect(keyCommand({ key: '1' }, 'other', 2)).toEqual({ kind: 'step', cpu: 0 });
    expect(keyCommand({ key: '2' }, 'other', 2)).toEqual({ kind: 'step', cpu: 1 });
    expect(keyCommand({ key: '3' }, 'other', 2)).toBeNull();
    expect(keyCommand({ key: '0' }, 'other', 2)).toBeNull();
  });

  it('arrows move in time, u and r undo and redo', () => {
    expect(keyCommand({ key: 'ArrowLeft' }, 'other', 2)).toEqual({ kind: 'back' });
    expect(keyCommand({ key: 'ArrowRight' }, 'other', 2)).toEqual({ kind: 'forward' });
    expect(keyCommand({ key: 'u' }, 'other', 2)).toEqual({ kind: 'undo' });
    expect(keyCommand({ key: 'R' }, 'other', 2)).toEqual({ kind: 'redo' });
  });

  it('leaves text fields alone', () => {
    for (const key of ['1', 'u', 'r', 'ArrowLeft'])
      expect(keyCommand({ key }, 'text', 2)).toBeNull();
  });

  it('leaves arrows to selects and the timeline range, which move by themselves', () => {
    expect(keyCommand({ key: 'ArrowLeft' }, 'select', 2)).toBeNull();
    expect(keyCommand({ key: 'ArrowRight' }, 'range', 2)).toBeNull();
    expect(keyCommand({ key: '1' }, 'range', 2)).toEqual({ kind: 'step', cpu: 0 });
  });

  it('ignores keys with modifiers (browser shortcuts)', () => {
    expect(keyCommand({ key: 'r', ctrlKey: true }, 'other', 2)).toBeNull();
    expect(keyCommand({ key: '1', altKey: true }, 'other', 2)).toBeNull();
    expect(keyCommand({ key: 'u', metaKey: true }, 'other', 2)).toBeNull();
  });

  it('classifies the focused element', () => {
    expect(focusKind({ tagName: 'INPUT', type: 'text' })).toBe('text');
    expect(focusKind({ tagName: 'input', type: 'range' })).toBe('range');
    expect(focusKind({ tagName: 'INPUT', type: 'button' })).toBe('other');
    expect(focusKind({ tagName: 'TEXTAREA' })).toBe('text');
    expect(focusKind({ tagName: 'DIV', isContentEditable: true })).toBe('text');
    expect(focusKind({ tagName: 'SELECT' })).toBe('select');
    expect(focusKind({ tagName: 'BUTTON' })).toBe('other');
    expect(focusKind(null)).toBe('other');
  });
});

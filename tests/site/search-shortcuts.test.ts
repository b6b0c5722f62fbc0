import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isSlash } from '../../src/site/search/shortcuts';

describe('search shortcuts', () => {
  it('Ctrl+K and ⌘+K reach for search; plain K does not', () => {
    expect(isSearchShortcut({ key: 'k', ctrlKey: true })).toBe(true);
    expect(isSearchShortcut({ key: 'K', metaKey: true })).toBe(true);
    expect(isSearchShortcut({ key: 'k' })).toBe(false);
  });

  it('"/" opens search outside text fields only, and never when a widget handled it', () => {
    const on = (tagName: string, type?: string) => ({ tagName, type }) as unknown as EventTarget;
    expect(isSlash({ key: '/', target: on('BODY') })).toBe(true);
    expect(isSlash({ key: '/', target: on('BUTTON') })).toBe(true);
    expect(isSlash({ key: '/', target: on('INPUT', 'checkbox') })).toBe(true);
    expect(isSlash({ key: '/', target: on('INPUT', 'text') })).toBe(false);
    expect(isSlash({ key: '/', target: on('INPUT') })).toBe(false);
    expect(isSlash({ key: '/', target: on('TEXTAREA') })).toBe(false);
    expect(isSlash({ key: '/', target: on('SELECT') })).toBe(false);
    expect(isSlash({ key: '/', target: on('BODY'), defaultPrevented: true })).toBe(false);
    expect(isSlash({ key: '/', ctrlKey: true, target: on('BODY') })).toBe(false);
    expect(isSlash({ key: '?', target: on('BODY') })).toBe(false);
  });
});

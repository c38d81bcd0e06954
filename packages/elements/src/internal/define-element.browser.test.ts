import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOSSIER_STATUS_TAG, defineDossierStatus } from '../components/dossier-status/define.js';
import { MotcuaDossierStatus } from '../components/dossier-status/dossier-status.js';
import { defineElement } from './define-element.js';

describe('defineElement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('defines a tag once; defining it again with the same class does nothing and says nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class First extends HTMLElement {}
    defineElement('motcua-test-first', First);
    expect(customElements.get('motcua-test-first')).toBe(First);
    defineElement('motcua-test-first', First);
    expect(customElements.get('motcua-test-first')).toBe(First);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves a tag taken by another class to it and warns once, in Vietnamese and English', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('motcua-test-taken', Theirs);
    defineElement('motcua-test-taken', Ours);
    defineElement('motcua-test-taken', Ours);
    expect(customElements.get('motcua-test-taken')).toBe(Theirs);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe('<motcua-test-taken> đã được một gói khác đăng ký; giữ bản đã có. / <motcua-test-taken> is already defined by another bundle; keeping that definition.');
  });

  it('lets a component register twice, as two portal bundles on one page do', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => defineDossierStatus()).not.toThrow();
    expect(customElements.get(DOSSIER_STATUS_TAG)).toBe(MotcuaDossierStatus);
    expect(warn).not.toHaveBeenCalled();
  });
});

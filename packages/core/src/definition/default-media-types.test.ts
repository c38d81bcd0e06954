import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCEPTED_MEDIA_TYPES, isKnownMediaType } from '../index.js';

describe('DEFAULT_ACCEPTED_MEDIA_TYPES', () => {
  it('names scans and office documents, each a known media type a component could list itself, and no bare zip', () => {
    expect(DEFAULT_ACCEPTED_MEDIA_TYPES).toEqual([
      'application/pdf', 'image/jpeg', 'image/png',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
    ]);
    for (const type of DEFAULT_ACCEPTED_MEDIA_TYPES) expect(isKnownMediaType(type), type).toBe(true);
    expect(DEFAULT_ACCEPTED_MEDIA_TYPES).not.toContain('application/zip');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCitizenId, citizenIdSex, isValidTaxCode } from './index.js';

describe('checkCitizenId', () => {
  it.each([
    ['001094000004', '1994-02-02', null],
    ['001194000004', '1994-02-02', null],
    ['079305001234', '2005-07-01', null],
    ['00109400000', undefined, 'format'],
    ['00109400000a', undefined, 'format'],
    ['097094000004', undefined, 'province'],
    ['000094000004', undefined, 'province'],
    ['001294000004', '1994-02-02', 'century'],
    ['001095000004', '1994-02-02', 'birth-year'],
  ])('%s born %s → %s', (id, birthDate, problem) => {
    expect(checkCitizenId(id, birthDate ? { birthDate } : {})).toBe(problem);
  });

  it('reads the sex digit', () => {
    expect(citizenIdSex('001094000004')).toBe('male');
    expect(citizenIdSex('001194000004')).toBe('female');
  });
});

describe('isValidTaxCode', () => {
  it('accepts codes whose mod-11 check digit matches, and branch suffixes', () => {
    expect(isValidTaxCode('0100109106')).toBe(true);
    expect(isValidTaxCode('0100109106-001')).toBe(true);
    expect(isValidTaxCode('0101243150')).toBe(true);
  });

  it('rejects a wrong check digit, wrong lengths and letters', () => {
    expect(isValidTaxCode('0100109107')).toBe(false);
    expect(isValidTaxCode('010010910')).toBe(false);
    expect(isValidTaxCode('01001091O6')).toBe(false);
  });

  it('exactly one check digit fits any nine digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
      expect([...'0123456789'].filter((d) => isValidTaxCode(`${nine}${d}`)).length).toBe(1);
    }));
  });

  it('accepts a plausible 12-digit personal number as an individual tax code', () => {
    expect(isValidTaxCode('001094000004')).toBe(true);
    expect(isValidTaxCode('099094000004')).toBe(false);
  });
});

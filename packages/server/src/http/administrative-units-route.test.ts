import { describe, expect, it } from 'vitest';
import { createFixtureAdministrativeUnits, type AdministrativeUnits } from '../adapters/administrative-units.js';
import { answerAdministrativeUnits } from './administrative-units-route.js';
import { toErrorAnswer } from './http-errors.js';
import { toWebResponse } from './http-exchange.js';

const units = createFixtureAdministrativeUnits();
const ask = async (query: string, catalogue: AdministrativeUnits | undefined = units) => {
  const response = await answerAdministrativeUnits(catalogue, new URL(`http://localhost/api/administrative-units${query}`)).catch(toErrorAnswer).then(toWebResponse);
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() as Record<string, any> };
};

describe('GET /api/administrative-units', () => {
  it('lists the provinces, cacheable for a day', async () => {
    const { status, cache, body } = await ask('');
    expect(status).toBe(200);
    expect(cache).toBe('public, max-age=86400');
    expect(body['provinces']).toContainEqual({ code: '01', name: 'Thành phố Hà Nội' });
  });

  it("lists a province's communes, and none for a province it does not know", async () => {
    expect((await ask('?province=01')).body).toMatchObject({ province: '01', communes: expect.arrayContaining([{ code: '00025', name: 'Phường Giảng Võ' }]) });
    expect((await ask('?province=99')).body).toEqual({ province: '99', communes: [] });
    expect((await ask('?province=constructor')).status).toBe(400);
  });

  it('refuses a malformed province code, saying what a code looks like', async () => {
    const { status, body } = await ask('?province=1');
    expect(status).toBe(400);
    expect(body['error']).toEqual({ code: 'invalid-province', message: { vi: expect.stringContaining('2 chữ số'), en: 'Province code "1" is not valid: a province code is 2 digits (e.g. 01).' } });
  });

  it('answers 404 when the server has no catalogue, naming what the portal must do', async () => {
    const response = await answerAdministrativeUnits(undefined, new URL('http://localhost/api/administrative-units')).catch(toErrorAnswer).then(toWebResponse);
    const { status } = response;
    const body = await response.json() as Record<string, any>;
    expect(status).toBe(404);
    expect(body['error'].code).toBe('administrative-units-not-configured');
    expect(body['error'].message.en).toContain('addressProvider');
  });
});

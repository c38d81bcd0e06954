/**
 * `AddressBook`: what the procedure form's address questions show — the provinces, the
 * communes of each province asked for so far (cached), and the province chosen for each address field.
 * Answers store only the commune's code (`unitCode`), so an address set without a province (prefilled,
 * resumed from a draft) is located by asking the provider which province lists that commune.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AddressProvider, AdministrativeUnit } from './address-provider.js';

/** What one address question shows. */
export interface AddressChoice {
  readonly provinces: readonly AdministrativeUnit[];
  readonly province: string;
  readonly communes: readonly AdministrativeUnit[];
}

/** Provinces, communes and chosen provinces of a form's address questions. */
export class AddressBook {
  private readonly host: ReactiveControllerHost;
  private readonly provider: () => AddressProvider;
  private provinces: readonly AdministrativeUnit[] = [];
  /** The provinces' request, made once, when an address question first shows or an answer is located. */
  private provincesAsked: Promise<readonly AdministrativeUnit[]> | undefined;
  private readonly communes = new Map<string, readonly AdministrativeUnit[]>();
  private readonly communesAsked = new Map<string, Promise<readonly AdministrativeUnit[]>>();
  private readonly chosen = new Map<string, string>();

  constructor(host: ReactiveControllerHost, provider: () => AddressProvider) {
    this.host = host;
    this.provider = provider;
  }

  /** Forgets the chosen provinces (a new form); the caches stay. */
  reset(): void {
    this.chosen.clear();
  }

  /** The choice shown for the address question at `path`; the provinces are asked for the first time one shows. */
  choiceOf(path: string): AddressChoice {
    this.provincesAsked ??= this.loadProvinces();
    const province = this.chosen.get(path) ?? '';
    return { provinces: this.provinces, province, communes: this.communes.get(province) ?? [] };
  }

  /** Records the province chosen for `path` and loads its communes. */
  choose(path: string, province: string): void {
    this.chosen.set(path, province);
    if (province) void this.communesOf(province);
    this.host.requestUpdate();
  }

  /** Finds and records the province of commune `unitCode` for `path`, unless one is chosen already. */
  async locate(path: string, unitCode: string): Promise<void> {
    if (this.chosen.has(path)) return;
    const provinces = await (this.provincesAsked ??= this.loadProvinces());
    for (const province of provinces) {
      if ((await this.communesOf(province.code)).some((unit) => unit.code === unitCode)) {
        this.choose(path, province.code);
        return;
      }
    }
  }

  /** The name of commune `code` when its province was loaded, else the code. */
  nameOf(code: string): string {
    for (const units of this.communes.values()) {
      const unit = units.find((candidate) => candidate.code === code);
      if (unit) return unit.name;
    }
    return code;
  }

  private async loadProvinces(): Promise<readonly AdministrativeUnit[]> {
    this.provinces = await this.provider().provinces().catch(() => []);
    this.host.requestUpdate();
    return this.provinces;
  }

  /** The communes of `province`, asked for once (`input` and `change` both choose it). */
  private communesOf(province: string): Promise<readonly AdministrativeUnit[]> {
    let asked = this.communesAsked.get(province);
    if (!asked) {
      asked = this.provider().communes(province).catch(() => []).then((units) => {
        this.communes.set(province, units);
        this.host.requestUpdate();
        return units;
      });
      this.communesAsked.set(province, asked);
    }
    return asked;
  }
}

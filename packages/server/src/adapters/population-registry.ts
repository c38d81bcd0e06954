/**
 * `PopulationRegistry`: the National Population Database lookup used to prefill forms and to waive
 * components the state already holds, and `createFixturePopulationRegistry`, a fixture-backed fake for
 * the demo and tests (no real citizen data: the records below are invented).
 */

/** A permanent or current residence address. */
export interface RegistryAddress {
  readonly line: string;
  /** 5-digit commune-level unit code (Decision 19/2025/QĐ-TTg). */
  readonly communeCode: string;
  readonly communeName: string;
  /** 2-digit province code. */
  readonly provinceCode: string;
  readonly provinceName: string;
}

/** A person as the registry returns them. */
export interface RegistryPerson {
  /** 12-digit personal identification number (domain.md §6.1). */
  readonly citizenId: string;
  readonly fullName: string;
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  readonly sex: 'male' | 'female';
  readonly ethnicity: string;
  readonly nationality: string;
  readonly permanentAddress: RegistryAddress;
  /**
   * The household (hộ gia đình) the person belongs to, when the registry knows it. Two people with the same
   * id live in one household; prefill for another subject is limited to the caller's household.
   */
  readonly householdId?: string;
}

/** The registry connection. */
export interface PopulationRegistry {
  /** The person with this id, or null when there is none (a malformed id is simply not found). */
  lookup(citizenId: string): Promise<RegistryPerson | null>;
}

/**
 * Invented demo people (Bình and Hùng share a household): ids follow §6.1 (province, century/sex digit, birth year). Commune codes have the
 * 5-digit shape of Decision 19/2025/QĐ-TTg but were not checked against its list: demo data only.
 */
export const DEMO_POPULATION: readonly RegistryPerson[] = [
  {
    citizenId: '001195000001', fullName: 'Trần Thị Bình', dateOfBirth: '1995-05-05', sex: 'female', ethnicity: 'Kinh', nationality: 'Việt Nam',
    permanentAddress: { line: '1 Tràng Tiền', communeCode: '00004', communeName: 'Phường Ba Đình', provinceCode: '01', provinceName: 'Thành phố Hà Nội' },
    householdId: 'HN-DEMO-0001',
  },
  {
    citizenId: '001092004567', fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1992-11-20', sex: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam',
    permanentAddress: { line: '1 Tràng Tiền', communeCode: '00004', communeName: 'Phường Ba Đình', provinceCode: '01', provinceName: 'Thành phố Hà Nội' },
    householdId: 'HN-DEMO-0001',
  },
  {
    citizenId: '079301008910', fullName: 'Lê Thị Mai Anh', dateOfBirth: '2001-02-14', sex: 'female', ethnicity: 'Kinh', nationality: 'Việt Nam',
    permanentAddress: { line: '12 Nguyễn Huệ', communeCode: '26734', communeName: 'Phường Sài Gòn', provinceCode: '79', provinceName: 'Thành phố Hồ Chí Minh' },
  },
  {
    citizenId: '048088002345', fullName: 'Phạm Quốc Bảo', dateOfBirth: '1988-07-01', sex: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam',
    permanentAddress: { line: '8 Bạch Đằng', communeCode: '20194', communeName: 'Phường Hải Châu', provinceCode: '48', provinceName: 'Thành phố Đà Nẵng' },
  },
];

/**
 * A registry that answers from `records` (by default {@link DEMO_POPULATION}).
 * @example const registry = createFixturePopulationRegistry(); await registry.lookup('001195000001');
 */
export function createFixturePopulationRegistry(records: readonly RegistryPerson[] = DEMO_POPULATION): PopulationRegistry {
  const byId = new Map(records.map((person) => [person.citizenId, person]));
  return {
    async lookup(citizenId) {
      if (!/^\d{12}$/.test(citizenId)) return null;
      return byId.get(citizenId) ?? null;
    },
  };
}

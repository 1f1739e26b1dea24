import type { OfferingLevel, OfferingYearIndicators } from '../../../../../shared/contracts/governance/indicators.js';
import type { RegionKind } from '../../../../../shared/contracts/governance/rule-packs.js';
import type { OfferingRows, YearRows } from './indicators.js';
import type { RuleCollege, RuleEngineInput, RuleOffering, RuleRow } from './input.js';

/**
 * The input, indexed once per evaluation: rows by offering and year, offerings by college, by
 * region (province or prefecture) and level, colleges by region and level. Every key starts with
 * a province code or a college, so nothing computed from it crosses a province.
 */
export type OfferingEntry = OfferingRows & {
  offering: RuleOffering;
  college: RuleCollege | undefined;
  /** Where the offering sits: its college's prefecture (null when unknown). */
  prefectureCode: string | null;
};

export type CollegeEntry = { college: RuleCollege; offerings: OfferingEntry[] };

/** The offerings of one program in one region (a 布点 group). */
export type ProgramGroup = { regionKind: RegionKind; regionCode: string; provinceCode: string; level: OfferingLevel; programCode: string; offerings: OfferingEntry[] };

/**
 * Offerings by province are indexed at once; region lists (for ranks) and program groups (for
 * caps) are built per province when a rule first asks, so packs that look at one province never
 * pay for the others.
 */
export type EngineIndex = {
  offerings: OfferingEntry[];
  colleges: Map<string, CollegeEntry>;
  offeringsByProvince: Map<string, OfferingEntry[]>;
  /** `${regionCode}|${level}` → colleges; region codes of both kinds share the map (a prefecture code never equals a province code). */
  collegesByRegion: Map<string, RuleCollege[]>;
  /** Offerings of a level in a province or prefecture. */
  regionOfferings(regionCode: string, level: OfferingLevel): readonly OfferingEntry[];
  /** Program groups of the given provinces (null: all); `unplaced`: per province, level and program, the offerings whose prefecture is unknown. */
  programGroups(kind: RegionKind, provinces: ReadonlySet<string> | null, unplaced?: boolean): ProgramGroup[];
};

export const existsIn = (offering: RuleOffering, year: number) => offering.openedYear <= year && (offering.closedYear === null || year <= offering.closedYear);

export const regionCodeOf = (entry: OfferingEntry, kind: RegionKind) => (kind === 'province' ? entry.offering.provinceCode : entry.prefectureCode);
export const collegeRegionCodeOf = (college: RuleCollege, kind: RegionKind) => (kind === 'province' ? college.provinceCode : college.prefectureCode);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** An offering's few yearly rows in a list: cheaper to build and to scan than a Map per offering. A later row for the same year replaces an earlier one. */
class RowList implements YearRows {
  readonly list: RuleRow[] = [];
  add(row: OfferingYearIndicators) {
    const at = this.list.findIndex((r) => r.year === row.year);
    if (at >= 0) this.list[at] = row;
    else this.list.push(row);
  }
  get(year: number): RuleRow | undefined {
    const list = this.list;
    for (let i = 0; i < list.length; i += 1) if (list[i]!.year === year) return list[i];
    return undefined;
  }
  has(year: number): boolean {
    return this.get(year) !== undefined;
  }
}

/** An offering's rows as the loader grouped them (one per year), read in place. */
class GroupedRows implements YearRows {
  constructor(private readonly list: readonly RuleRow[]) {}
  get(year: number): RuleRow | undefined {
    const list = this.list;
    for (let i = 0; i < list.length; i += 1) if (list[i]!.year === year) return list[i];
    return undefined;
  }
  has(year: number): boolean {
    return this.get(year) !== undefined;
  }
}

/** Each offering's rows by id: the loader's groups read in place, else the rows grouped here. */
function rowsByOffering(input: RuleEngineInput): { get(offeringId: string): YearRows | undefined } {
  const grouped = input.rowsByOffering;
  if (grouped) {
    return {
      get: (offeringId) => {
        const list = grouped.get(offeringId);
        return list ? new GroupedRows(list) : undefined;
      },
    };
  }
  const rows = new Map<string, RowList>();
  const indicators = input.indicators;
  for (const row of indicators) {
    let list = rows.get(row.offeringId);
    if (!list) {
      list = new RowList();
      rows.set(row.offeringId, list);
    }
    list.add(row);
  }
  return rows;
}

function programGroups(offerings: readonly OfferingEntry[], kind: RegionKind, unplaced = false): ProgramGroup[] {
  const groups = new Map<string, ProgramGroup>();
  for (const entry of offerings) {
    const known = regionCodeOf(entry, kind);
    if ((known === null) !== unplaced) continue;
    const regionCode = known ?? '';
    const key = `${entry.offering.provinceCode}|${regionCode}|${entry.offering.level}|${entry.offering.programCode}`;
    let group = groups.get(key);
    if (!group) {
      group = { regionKind: kind, regionCode, provinceCode: entry.offering.provinceCode, level: entry.offering.level, programCode: entry.offering.programCode, offerings: [] };
      groups.set(key, group);
    }
    group.offerings.push(entry);
  }
  return [...groups.values()];
}

const emptyRows: YearRows = new RowList();

const provinceOfRegion = (regionCode: string) => `${regionCode.slice(0, 2)}0000`;

export function buildEngineIndex(input: RuleEngineInput): EngineIndex {
  const rows = rowsByOffering(input);
  const colleges = new Map<string, CollegeEntry>(input.colleges.map((college) => [college.id, { college, offerings: [] }]));
  const collegesByRegion = new Map<string, RuleCollege[]>();
  for (const college of input.colleges) {
    push(collegesByRegion, `${college.provinceCode}|${college.level}`, college);
    if (college.prefectureCode) push(collegesByRegion, `${college.prefectureCode}|${college.level}`, college);
  }
  const offeringsByProvince = new Map<string, OfferingEntry[]>();
  const offerings = input.offerings.map((offering): OfferingEntry => {
    const collegeEntry = colleges.get(offering.collegeId);
    const entry = { offering, college: collegeEntry?.college, prefectureCode: collegeEntry?.college.prefectureCode ?? null, openedYear: offering.openedYear, rows: rows.get(offering.id) ?? emptyRows };
    collegeEntry?.offerings.push(entry);
    push(offeringsByProvince, offering.provinceCode, entry);
    return entry;
  });
  const regionLists = new Map<string, Map<string, OfferingEntry[]>>();
  const groupLists = new Map<string, ProgramGroup[]>();
  return {
    offerings,
    colleges,
    offeringsByProvince,
    collegesByRegion,
    regionOfferings(regionCode, level) {
      const province = provinceOfRegion(regionCode);
      let lists = regionLists.get(province);
      if (!lists) {
        lists = new Map();
        for (const entry of offeringsByProvince.get(province) ?? []) {
          push(lists, `${province}|${entry.offering.level}`, entry);
          if (entry.prefectureCode) push(lists, `${entry.prefectureCode}|${entry.offering.level}`, entry);
        }
        regionLists.set(province, lists);
      }
      return lists.get(`${regionCode}|${level}`) ?? [];
    },
    programGroups(kind, provinces, unplaced = false) {
      const result: ProgramGroup[] = [];
      for (const province of provinces ?? offeringsByProvince.keys()) {
        const key = `${province}|${kind}|${unplaced}`;
        let groups = groupLists.get(key);
        if (!groups) {
          groups = programGroups(offeringsByProvince.get(province) ?? [], kind, unplaced);
          groupLists.set(key, groups);
        }
        result.push(...groups);
      }
      return result;
    },
  };
}

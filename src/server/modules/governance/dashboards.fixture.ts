import { systemActor } from '../../platform/authz/actor.js';
import type { DestinationBreakdown, OfferingLevel } from '../../../shared/contracts/governance/indicators.js';
import type { TestLuban } from '../../testing/test-luban.js';
import { insertIndicators, type IndicatorRecord } from './indicators.repository.js';

/**
 * Hand-made governance data with known answers for the dashboard, public and open-data tests:
 * demo colleges, sample-catalog programs, two years of indicators, recorded baseline offerings.
 */
export type FixtureOffering = { collegeId: string; provinceCode: string; programCode: string; level?: OfferingLevel; graduates: number; placedYearEnd: number; placedFirst: number; year: number; related?: number };

const breakdown = (graduates: number, placed: number): DestinationBreakdown => ({ contractJobs: placed, flexibleJobs: 0, selfEmployed: 0, furtherStudy: 0, seekingWork: graduates - placed, notSeeking: 0 });

export function indicatorRecord(o: FixtureOffering): IndicatorRecord {
  return {
    offeringId: `${o.collegeId}:${o.programCode}`, provinceCode: o.provinceCode, collegeId: o.collegeId, programCode: o.programCode, level: o.level ?? 'higher', year: o.year,
    plannedPlaces: 50, entrants: 40, enrollment: 120, graduates: o.graduates,
    destinationFirst: breakdown(o.graduates, o.placedFirst), destinationYearEnd: breakdown(o.graduates, o.placedYearEnd),
    relatedEmployed: o.related ?? Math.floor(o.placedYearEnd / 2), startingSalaryMedian: 4500, fullTimeTeachers: 8, externalTeachers: 2, dualQualifiedTeachers: 4,
    catalogVersionId: 'SAMPLE-2021', isGenerated: true,
  };
}

/** 2025: GD-01 offers H010101 (30 grads, exactly the minimum) and H020201 (12 grads); GD-02 offers H010101; JS-01 offers H010101 and H050101. */
export const fixtureOfferings: FixtureOffering[] = [
  { collegeId: 'DEMO-GD-01', provinceCode: '440000', programCode: 'SAMPLE-H010101', year: 2024, graduates: 40, placedFirst: 30, placedYearEnd: 36 },
  { collegeId: 'DEMO-GD-01', provinceCode: '440000', programCode: 'SAMPLE-H010101', year: 2025, graduates: 30, placedFirst: 20, placedYearEnd: 27 },
  { collegeId: 'DEMO-GD-01', provinceCode: '440000', programCode: 'SAMPLE-H020201', year: 2024, graduates: 10, placedFirst: 8, placedYearEnd: 9 },
  { collegeId: 'DEMO-GD-01', provinceCode: '440000', programCode: 'SAMPLE-H020201', year: 2025, graduates: 12, placedFirst: 9, placedYearEnd: 10 },
  { collegeId: 'DEMO-GD-02', provinceCode: '440000', programCode: 'SAMPLE-H010101', year: 2025, graduates: 50, placedFirst: 40, placedYearEnd: 45 },
  { collegeId: 'DEMO-JS-01', provinceCode: '320000', programCode: 'SAMPLE-H010101', year: 2025, graduates: 60, placedFirst: 30, placedYearEnd: 33 },
  { collegeId: 'DEMO-JS-01', provinceCode: '320000', programCode: 'SAMPLE-H050101', year: 2025, graduates: 20, placedFirst: 18, placedYearEnd: 19 },
];

/** Loads the fixture: indicators, baseline offerings (2024 recorded; GD-02 first recorded in 2025), and refreshes the summaries. */
export async function loadDashboardFixture(t: TestLuban): Promise<void> {
  const actor = systemActor('dashboard-fixture');
  await t.deps.db.transaction(async (tx) => {
    await insertIndicators(tx, fixtureOfferings.map(indicatorRecord), null);
    const offering = (collegeId: string, provinceCode: string, programCode: string, year: number, status: 'recorded' | 'withdrawn' = 'recorded') => ({ provinceCode, collegeId, programCode, programName: programCode, catalogVersionId: 'SAMPLE-2021', year, status, isDemo: true });
    await t.governance.api.recordBaselineOfferings(tx, actor, [
      offering('DEMO-GD-01', '440000', 'SAMPLE-H010101', 2024),
      offering('DEMO-GD-01', '440000', 'SAMPLE-H020201', 2024),
      offering('DEMO-GD-01', '440000', 'SAMPLE-H060101', 2024),
      offering('DEMO-GD-01', '440000', 'SAMPLE-H060101', 2025, 'withdrawn'),
      offering('DEMO-GD-02', '440000', 'SAMPLE-H010101', 2025),
      offering('DEMO-JS-01', '320000', 'SAMPLE-H010101', 2024),
      offering('DEMO-JS-01', '320000', 'SAMPLE-H050101', 2024),
    ], 'dashboard test fixture');
  });
  await t.governance.api.refreshDashboards();
}

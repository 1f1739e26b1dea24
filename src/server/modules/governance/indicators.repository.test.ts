import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine, openTestDatabase } from '../../testing/test-db.js';
import type { Database } from '../../db/open-db.js';
import { insertIndicators, listIndicators, loadProvinceIndicators, type IndicatorRecord } from './indicators.repository.js';

function record(collegeId: string, programCode: string, year: number, provinceCode = '440000'): IndicatorRecord {
  const destination = (placed: number) => ({ contractJobs: placed - 3, flexibleJobs: 1, selfEmployed: 1, furtherStudy: 1, seekingWork: 40 - placed, notSeeking: 0 });
  return {
    offeringId: `${collegeId}:${programCode}`, provinceCode, collegeId, programCode, level: 'higher', year,
    plannedPlaces: 50, entrants: 45 + (year % 3), enrollment: 130, graduates: 40,
    destinationFirst: destination(30), destinationYearEnd: destination(36),
    relatedEmployed: 20, startingSalaryMedian: year === 2024 ? null : 4200,
    fullTimeTeachers: 7, externalTeachers: 2, dualQualifiedTeachers: 4,
    catalogVersionId: 'SAMPLE-2021', isGenerated: true,
  };
}

describeEachEngine('indicators repository', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database.close());

  it("loads a province's rows (and only its own) in college, program, year order, field for field as stored", async () => {
    const rows = [record('B-1', 'P2', 2024), record('A-1', 'P1', 2025), record('A-1', 'P1', 2023), record('A-1', 'P1', 2024), record('Z-9', 'P1', 2025, '320000')];
    await insertIndicators(database.db, rows, null);
    const loaded = await loadProvinceIndicators(database.db, '440000');
    expect(loaded.map((r) => `${r.collegeId}/${r.programCode}/${r.year}`)).toEqual(['A-1/P1/2023', 'A-1/P1/2024', 'A-1/P1/2025', 'B-1/P2/2024']);
    expect(loaded[1]).toEqual(record('A-1', 'P1', 2024));
    expect(loaded[2]).toEqual(record('A-1', 'P1', 2025));
    expect((await loadProvinceIndicators(database.db, '440000', { from: 2024, to: 2024 })).map((r) => r.collegeId)).toEqual(['A-1', 'B-1']);
    expect(await loadProvinceIndicators(database.db, '110000')).toEqual([]);
    const listed = await listIndicators(database.db, { scope: { kind: 'all' }, provinceCode: '440000', limit: 10 });
    expect(JSON.stringify(listed)).toContain('A-1');
  });
});

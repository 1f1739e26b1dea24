import { describe, expect, it } from 'vitest';
import { offeringSpans, type StatusRow } from './offering-spans.js';

const status = (year: number, value: string, programCode = 'P1'): StatusRow => ({ collegeId: 'C1', programCode, year, status: value, catalogVersionId: 'V' });

describe('offeringSpans', () => {
  it('opens at the first recorded year and closes the year before it was withdrawn', () => {
    const [span] = offeringSpans([status(2019, 'recorded'), status(2021, 'recorded'), status(2024, 'withdrawn')], []);
    expect(span).toMatchObject({ openedYear: 2019, closedYear: 2023 });
  });

  it('keeps a suspended offering open and reopens one recorded again after a withdrawal', () => {
    expect(offeringSpans([status(2020, 'approved'), status(2022, 'suspended')], [])[0]).toMatchObject({ openedYear: 2020, closedYear: null });
    expect(offeringSpans([status(2020, 'recorded'), status(2022, 'withdrawn'), status(2024, 'recorded')], [])[0]).toMatchObject({ openedYear: 2020, closedYear: null });
  });

  it('leaves out an offering that was never recorded', () => {
    expect(offeringSpans([status(2022, 'withdrawn')], [])).toEqual([]);
  });

  it('falls back to the reported years for offerings without status rows, and ignores them for those with', () => {
    const spans = offeringSpans([status(2021, 'recorded')], [
      { collegeId: 'C1', programCode: 'P1', year: 2018, catalogVersionId: 'V' },
      { collegeId: 'C1', programCode: 'P2', year: 2023, catalogVersionId: 'V' },
      { collegeId: 'C1', programCode: 'P2', year: 2022, catalogVersionId: 'V' },
    ]);
    expect(spans.find((s) => s.programCode === 'P1')).toMatchObject({ openedYear: 2021 });
    expect(spans.find((s) => s.programCode === 'P2')).toMatchObject({ openedYear: 2022, closedYear: null });
  });
});

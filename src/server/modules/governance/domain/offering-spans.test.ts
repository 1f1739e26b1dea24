import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { offeringSpans, spanOfStatusSummary, type StatusRow } from './offering-spans.js';

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

describe('spanOfStatusSummary', () => {
  it('gives the span offeringSpans gives from the rows it summarises', () => {
    const statusArb = fc.constantFrom('recorded', 'approved', 'withdrawn', 'suspended', 'returned');
    const rowsArb = fc.uniqueArray(fc.record({ year: fc.integer({ min: 2010, max: 2025 }), status: statusArb, version: fc.constantFrom('V1', 'V2') }), { selector: (r) => r.year, maxLength: 8 });
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const expected = offeringSpans(rows.map((r) => ({ collegeId: 'C1', programCode: 'P1', year: r.year, status: r.status, catalogVersionId: r.version })), [])[0];
        const enrollable = rows.filter((r) => r.status === 'recorded' || r.status === 'approved').map((r) => r.year);
        const withdrawn = rows.filter((r) => r.status === 'withdrawn').map((r) => r.year);
        const latest = [...rows].sort((a, b) => b.year - a.year)[0];
        const span = spanOfStatusSummary({
          firstEnrollable: enrollable.length > 0 ? Math.min(...enrollable) : null,
          lastEnrollable: enrollable.length > 0 ? Math.max(...enrollable) : null,
          withdrawnYears: withdrawn.length > 0 ? withdrawn : null,
          catalogVersionId: latest?.version ?? '',
        });
        expect(span === undefined ? undefined : { collegeId: 'C1', programCode: 'P1', ...span }).toEqual(expected);
      }),
    );
  });
});

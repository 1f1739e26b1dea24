/**
 * When each offering existed, from its yearly status rows (a filing decision or a baseline sets the
 * status of a year; later years keep the latest) and, for offerings with indicators but no status
 * rows, from the years it reported. Pure.
 */
export type StatusRow = { collegeId: string; programCode: string; year: number; status: string; catalogVersionId: string };
export type ReportedYear = { collegeId: string; programCode: string; year: number; catalogVersionId: string };

export type OfferingSpan = { collegeId: string; programCode: string; openedYear: number; closedYear: number | null; catalogVersionId: string };

const ENROLLABLE = new Set(['recorded', 'approved']);
const keyOf = (collegeId: string, programCode: string) => `${collegeId}\u0000${programCode}`;

function spanOfStatuses(rows: readonly StatusRow[]): Omit<OfferingSpan, 'collegeId' | 'programCode'> | undefined {
  let openedYear: number | undefined;
  let closedYear: number | null = null;
  let catalogVersionId = rows[0]?.catalogVersionId ?? '';
  for (const row of [...rows].sort((a, b) => a.year - b.year)) {
    catalogVersionId = row.catalogVersionId;
    if (ENROLLABLE.has(row.status)) {
      openedYear ??= row.year;
      closedYear = null;
    } else if (row.status === 'withdrawn' && openedYear !== undefined && closedYear === null) {
      // withdrawn for year w: the offering's last year was w − 1
      closedYear = Math.max(openedYear, row.year - 1);
    }
  }
  return openedYear === undefined ? undefined : { openedYear, closedYear, catalogVersionId };
}

/**
 * The span `spanOfStatuses` gives, from a summary of the status rows (what the rule-run loader
 * aggregates in SQL): the first enrollable year opens it; the first withdrawal after the last
 * enrollable year closes it the year before (an earlier withdrawal is undone by the later
 * enrollable year); the catalog version is the latest row's.
 */
export function spanOfStatusSummary(summary: { firstEnrollable: number | null; lastEnrollable: number | null; withdrawnYears: readonly number[] | null; catalogVersionId: string }): Omit<OfferingSpan, 'collegeId' | 'programCode'> | undefined {
  const { firstEnrollable, lastEnrollable } = summary;
  if (firstEnrollable === null || lastEnrollable === null) return undefined;
  let closing: number | null = null;
  for (const year of summary.withdrawnYears ?? []) if (year > lastEnrollable && (closing === null || year < closing)) closing = year;
  return { openedYear: firstEnrollable, closedYear: closing === null ? null : Math.max(firstEnrollable, closing - 1), catalogVersionId: summary.catalogVersionId };
}

/** One span per offering: from its status rows when it has some, else from the years it reported indicators. */
export function offeringSpans(statuses: readonly StatusRow[], reported: readonly ReportedYear[]): OfferingSpan[] {
  const byKey = new Map<string, StatusRow[]>();
  for (const row of statuses) {
    const key = keyOf(row.collegeId, row.programCode);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  const spans = new Map<string, OfferingSpan>();
  for (const [key, rows] of byKey) {
    const span = spanOfStatuses(rows);
    const first = rows[0];
    if (span && first) spans.set(key, { collegeId: first.collegeId, programCode: first.programCode, ...span });
  }
  for (const row of reported) {
    const key = keyOf(row.collegeId, row.programCode);
    if (byKey.has(key)) continue;
    const span = spans.get(key);
    if (!span) spans.set(key, { collegeId: row.collegeId, programCode: row.programCode, openedYear: row.year, closedYear: null, catalogVersionId: row.catalogVersionId });
    else if (row.year < span.openedYear) span.openedYear = row.year;
  }
  return [...spans.values()];
}

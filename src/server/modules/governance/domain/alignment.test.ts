import { describe, expect, it } from 'vitest';
import { alignmentShares, UNCLASSIFIED } from './alignment.js';

const tiers = [
  { key: 'national-key', name: '国家重点产业' },
  { key: 'regional-pillar', name: '区域支柱产业' },
  { key: 'local-distinctive', name: '地方特色产业' },
];

describe('alignmentShares', () => {
  it('gives each tier its share of offerings and enrollment, counting a program in every tier it maps to', () => {
    const programs = [
      { programCode: 'A', offerings: 6, enrollment: 600 },
      { programCode: 'B', offerings: 3, enrollment: 300 },
      { programCode: 'C', offerings: 1, enrollment: 100 },
    ];
    const keysOf = new Map([['A', ['national-key', 'regional-pillar', 'national-key']], ['B', ['regional-pillar']]]);
    const rows = alignmentShares(programs, keysOf, tiers, '未归类');
    expect(rows.map((r) => [r.key, r.offerings, r.offeringShare, r.enrollmentShare])).toEqual([
      ['national-key', 6, 0.6, 0.6],
      ['regional-pillar', 9, 0.9, 0.9],
      ['local-distinctive', 0, 0, 0],
      [UNCLASSIFIED, 1, 0.1, 0.1],
    ]);
    expect(rows[0]?.offeringsTotal).toBe(10);
  });

  it('adds keys the programs name that were not listed, most offerings first', () => {
    const rows = alignmentShares([{ programCode: 'A', offerings: 2, enrollment: 10 }, { programCode: 'B', offerings: 5, enrollment: 10 }], new Map([['A', ['chain-x']], ['B', ['chain-y']]]), [], '未归类');
    expect(rows.map((r) => r.key)).toEqual(['chain-y', 'chain-x', UNCLASSIFIED]);
  });

  it('has no shares in an empty view', () => {
    expect(alignmentShares([], new Map(), tiers, '未归类')[0]?.offeringShare).toBeNull();
  });
});

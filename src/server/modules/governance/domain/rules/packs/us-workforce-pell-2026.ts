import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { text } from './common.js';

/**
 * US Workforce Pell (OBBBA §83002; final rule May 2026): completion ≥ 70 % within 150 % of normal
 * time, placement ≥ 70 % within 180 days, median earnings > 150 % of the federal poverty line
 * ($23,475 a year in 2025, in USD: the earnings metric must be in the same currency). Missing any
 * one → ineligible.
 */
export const usWorkforcePell2026Pack: RulePack = {
  id: 'us-workforce-pell-2026',
  version: '2026.1',
  title: text('美国短期职业培训佩尔助学金资格（2026）', 'US Workforce Pell 2026'),
  authority: text('美国教育部', 'US Department of Education'),
  ownerScope: 'international',
  levels: ['higher'],
  effectiveFrom: '2026-07-01',
  effectiveTo: null,
  sources: [
    { citation: 'Workforce Pell final rule (19 May 2026), One Big Beautiful Bill Act §83002: 70 % completion, 70 % placement, earnings above 150 % FPL', reliability: 'S', urls: ['https://opportunitydata.org/workforce-pell-bars.html', 'https://www.ccdaily.com/2025/12/ed-releases-draft-workforce-pell-regulations'] },
    { citation: 'Minimum count of 30 for the rates: not stated in the sources found, Luban default', reliability: 'U', urls: [] },
  ],
  rules: [
    {
      kind: 'rule',
      id: 'workforce-pell-value',
      title: text('完成率、安置率或收入未达标', 'Completion, placement or earnings below the bar'),
      description: text('任一项未达标即丧失资格。', 'Missing any one bar → ineligible.'),
      severity: 'red',
      action: 'loss_of_eligibility',
      condition: {
        kind: 'any',
        conditions: [
          { kind: 'threshold', indicator: 'completion-rate', comparison: 'lt', value: 0.7 },
          { kind: 'threshold', indicator: 'placement-rate', comparison: 'lt', value: 0.7 },
          { kind: 'threshold', indicator: 'earnings-median', comparison: 'lte', value: 23475 },
        ],
      },
    },
  ],
};

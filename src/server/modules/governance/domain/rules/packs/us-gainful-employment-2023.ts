import type { Condition, LadderRule, RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { text } from './common.js';

/**
 * US Gainful Employment 2023 (88 FR 70004): a program fails the D/E test when annual D/E > 8 % AND
 * discretionary D/E > 20 %, and the earnings-premium test when its premium ≤ 0; failing the same
 * test in 2 of 3 years → loss of eligibility; the first failure is a warning. Rates are not issued
 * below 30 completers (the metrics' counts); the two- or four-year cohort is formed upstream.
 */
const failsDebtToEarnings: Condition = {
  kind: 'all',
  conditions: [
    { kind: 'threshold', indicator: 'debt-to-earnings-annual', comparison: 'gt', value: 0.08 },
    { kind: 'threshold', indicator: 'debt-to-earnings-discretionary', comparison: 'gt', value: 0.2 },
  ],
};
const failsEarningsPremium: Condition = { kind: 'threshold', indicator: 'earnings-premium', comparison: 'lte', value: 0 };

const ladder = (id: string, title: ReturnType<typeof text>, fails: Condition): LadderRule => ({
    kind: 'ladder',
    id,
    title,
    steps: [
      { severity: 'notice', action: 'review', label: text('本年未通过（向学生警示）', 'failed this year (warning to students)'), condition: fails },
      { severity: 'red', action: 'loss_of_eligibility', label: text('3 年中 2 年未通过', 'failed 2 of 3 years'), condition: { kind: 'm-of-n', m: 2, n: 3, condition: fails } },
    ],
});

export const usGainfulEmployment2023Pack: RulePack = {
  id: 'us-gainful-employment-2023',
  version: '2023.1',
  title: text('美国有酬就业规则（2023）', 'US Gainful Employment 2023'),
  authority: text('美国教育部', 'US Department of Education'),
  ownerScope: 'international',
  levels: ['higher'],
  effectiveFrom: '2024-07-01',
  effectiveTo: null,
  sources: [
    { citation: 'Federal Register 88 FR 70004 (10 Oct 2023), Financial Value Transparency and Gainful Employment', reliability: 'V', urls: ['https://regulations.justia.com/regulations/fedreg/2023/10/10/2023-20385.html'] },
    { citation: 'Earnings threshold notice 89 FR 107130 (31 Dec 2024)', reliability: 'V', urls: ['https://regulations.justia.com/regulations/fedreg/2024/12/31/2024-31271.html'] },
    { citation: 'NASFAA summary of the 2023 rule', reliability: 'S', urls: ['https://www.nasfaa.org/ge_2021-22'] },
  ],
  rules: [
    ladder('debt-to-earnings', text('债务收入比测试', 'Debt-to-earnings test'), failsDebtToEarnings),
    ladder('earnings-premium', text('收入溢价测试', 'Earnings-premium test'), failsEarningsPremium),
  ],
};

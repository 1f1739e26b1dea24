import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { noEnrollmentThreeYears, text } from './common.js';

/**
 * Shandong 2017: new higher-vocational colleges (their first 3 years) add at most 5 programs a
 * year, others at most 3; 3 years without enrollment → withdraw. A college whose opening year is
 * unknown is counted as insufficient data for both caps.
 */
export const cnShandong2017Pack: RulePack = {
  id: 'cn-shandong-2017',
  version: '2017.1',
  title: text('山东省高职专业设置管理（2017）', 'Shandong higher-vocational program management 2017'),
  authority: text('山东省教育厅', 'Shandong Provincial Department of Education'),
  ownerScope: 'province:370000',
  levels: ['higher'],
  effectiveFrom: '2017-05-31',
  effectiveTo: null,
  sources: [
    { citation: '大众网 2017-05-31：新设高职院校（前3年）每年新增专业不超过5个，其他院校不超过3个；连续3年不招生撤销', reliability: 'V', urls: ['http://big5.china.com.cn/gate/big5/sd.china.com.cn/a/2017/jryw_0531/977189.html', 'https://ao.dykj.edu.cn/info/1033/1039.htm'] },
  ],
  rules: [
    {
      kind: 'rule',
      id: 'new-programs-new-college',
      title: text('新设院校当年新增专业超过 5 个', 'New college adds more than 5 programs in a year'),
      description: text('办学第 1—3 年（开办当年为第 1 年）。', 'Years 1–3 of the college (its opening year is year 1).'),
      population: { collegeAgeYears: { max: 3 } },
      severity: 'yellow',
      action: 'review',
      condition: { kind: 'cap', measure: 'new-offerings-per-college', limit: 5 },
    },
    {
      kind: 'rule',
      id: 'new-programs-established-college',
      title: text('其他院校当年新增专业超过 3 个', 'Established college adds more than 3 programs in a year'),
      population: { collegeAgeYears: { min: 4 } },
      severity: 'yellow',
      action: 'review',
      condition: { kind: 'cap', measure: 'new-offerings-per-college', limit: 3 },
    },
    noEnrollmentThreeYears(text('连续 3 年不招生的专业撤销（国控专业须重新申报）。', 'Withdrawn after 3 years without enrollment (a controlled program must re-apply).')),
  ],
};

import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { consecutive, destinationBelow, text } from './common.js';

/**
 * Tianjin 2009 ladder (就业率与招生规模联动): < 60 % → next plan ≤ last year's employed count;
 * < 40 % → enroll every other year; < 30 %, or < 40 % two years running → stop. The most severe
 * matching step fires. 2009's 就业率 is read as today's year-end destination rate.
 */
export const cnTianjin2009Pack: RulePack = {
  id: 'cn-tianjin-2009',
  version: '2009.1',
  title: text('天津市就业率与招生规模联动', 'Tianjin employment-linked enrollment ladder'),
  authority: text('天津市教育委员会', 'Tianjin Municipal Education Commission'),
  ownerScope: 'province:120000',
  levels: ['higher', 'undergraduate'],
  effectiveFrom: '2009-02-18',
  effectiveTo: null,
  sources: [
    { citation: '新华社（搜狐转载 2009-02-18）：就业率低于60%，下一年招生计划不超过上年就业人数；低于40%隔年招生；低于30%或连续两年低于40%停止招生', reliability: 'V', urls: ['https://news.sohu.com/20090218/n262301838.shtml'], note: text('2009 年口径为就业率，此处以年终毕业去向落实率代替', '2009 measured the employment rate; read here as the year-end destination rate') },
  ],
  rules: [
    {
      kind: 'ladder',
      id: 'employment-ladder',
      title: text('就业率阶梯', 'Employment ladder'),
      description: text('恰好 60%、40%、30% 不降级。', 'Exactly 60 %, 40 % or 30 % does not step down.'),
      steps: [
        { severity: 'yellow', action: 'cap_plan', label: text('低于 60%', 'below 60 %'), condition: destinationBelow(0.6) },
        { severity: 'red', action: 'enroll_alternate_years', label: text('低于 40%', 'below 40 %'), condition: destinationBelow(0.4) },
        {
          severity: 'red',
          action: 'stop_enrollment',
          label: text('低于 30% 或连续两年低于 40%', 'below 30 %, or below 40 % two years running'),
          condition: { kind: 'any', conditions: [destinationBelow(0.3), consecutive(2, destinationBelow(0.4))] },
        },
      ],
    },
  ],
};

import type { RulePack } from '../../../../../../shared/contracts/governance/rule-packs.js';
import { cnAnhui2022Pack } from './cn-anhui-2022.js';
import { cnFujian2023Pack } from './cn-fujian-2023.js';
import { cnNationalUndergraduatePack } from './cn-national-undergraduate.js';
import { cnNationalPack } from './cn-national.js';
import { cnShandong2017Pack } from './cn-shandong-2017.js';
import { cnShanxi2024Pack } from './cn-shanxi-2024.js';
import { cnTianjin2009Pack } from './cn-tianjin-2009.js';
import { ukOfsB3Pack } from './uk-ofs-b3.js';
import { usGainfulEmployment2023Pack } from './us-gainful-employment-2023.js';
import { usWorkforcePell2026Pack } from './us-workforce-pell-2026.js';

/** Every default pack of governance-rules.md's table, national first, then provinces, then international references. */
export const defaultRulePacks: readonly RulePack[] = [
  cnNationalPack,
  cnNationalUndergraduatePack,
  cnAnhui2022Pack,
  cnFujian2023Pack,
  cnShanxi2024Pack,
  cnShandong2017Pack,
  cnTianjin2009Pack,
  ukOfsB3Pack,
  usGainfulEmployment2023Pack,
  usWorkforcePell2026Pack,
];

export {
  cnAnhui2022Pack,
  cnFujian2023Pack,
  cnNationalPack,
  cnNationalUndergraduatePack,
  cnShandong2017Pack,
  cnShanxi2024Pack,
  cnTianjin2009Pack,
  ukOfsB3Pack,
  usGainfulEmployment2023Pack,
  usWorkforcePell2026Pack,
};

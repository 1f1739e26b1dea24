import type { Luban } from '../compose.js';
import { systemActor } from '../platform/authz/actor.js';
import type { FilingAction, FilingKind } from '../../shared/contracts/governance/filings.js';

/**
 * Demo filings (DEMO DATA): on a fresh demo database, the filing cycle for next year with a few
 * items at DEMO-GD-01, using the sample catalog's SAMPLE- codes. The demo's deadlines are set
 * from the day the demo was created (filing open for 60 days, province review 90, results
 * within 180) instead of the reference calendar (controlled applications close 1 November of
 * the year before), so the whole workflow can be tried at any time of the year; the cycle is
 * flagged `isDemo`, and so is every item.
 */
const DAY = 86_400_000;
const college = 'DEMO-GD-01';
const demoNote = '（演示数据 / demo data）';

type PlannedItem = { programCode: string; kind: FilingKind; steps: FilingAction[]; justification: string };

const plan: PlannedItem[] = [
  {
    programCode: 'SAMPLE-H010103', kind: 'new', steps: [],
    justification: `珠三角人工智能企业调研：未来三年本地企业每年需要应用型人才约 300 人，合作企业承诺提供 60 个实训岗位。${demoNote}`,
  },
  {
    programCode: 'SAMPLE-H070101', kind: 'new', steps: ['submit'],
    justification: `低空经济产业链调研：广州及周边无人机企业 40 余家，岗位缺口集中在装调与运维，现有专业无法覆盖。${demoNote}`,
  },
  {
    programCode: 'SAMPLE-H050101', kind: 'new', steps: ['submit'],
    justification: `区域卫生健康人才规划显示护理人员缺口持续扩大，三家合作医院可提供临床实习岗位（国家控制专业，须报国家审批）。${demoNote}`,
  },
  {
    programCode: 'SAMPLE-H080101', kind: 'withdrawn', steps: [],
    justification: `近三年报考人数与就业对口率持续下降，专业已在目录中更名，拟撤销原专业点并转入新专业。${demoNote}`,
  },
];

export type DemoFilingsResult = { year: number; items: number } | null;

/** Returns null when a cycle exists already (not a fresh database) or the sample catalog is missing. */
export async function seedDemoFilings(luban: Luban): Promise<DemoFilingsResult> {
  const governance = luban.governance.api;
  if (await governance.hasFilingCycles()) return null;
  if (!(await luban.catalog.api.listVersions()).some((v) => v.isCurrent && v.isSample)) return null;
  const actor = systemActor('demo-seed');
  const now = luban.deps.now().getTime();
  const year = new Date(now).getUTCFullYear() + 1;
  await governance.openFilingCycle(actor, {
    year,
    collegeFilingClosesAt: new Date(now + 60 * DAY).toISOString(),
    controlledApplicationsCloseAt: new Date(now + 60 * DAY).toISOString(),
    provinceReviewClosesAt: new Date(now + 90 * DAY).toISOString(),
    resultsPublishFrom: new Date(now + 90 * DAY).toISOString(),
    resultsPublishUntil: new Date(now + 180 * DAY).toISOString(),
  }, { isDemo: true });
  let items = 0;
  for (const item of plan) {
    const status = await governance.offeringStatusInForce(luban.deps.db, { collegeId: college, programCode: item.programCode, year });
    const isOffered = status !== undefined && status !== 'withdrawn';
    // a withdrawal needs an offering the demo data gave the college; a new offering needs none
    if (item.kind === 'withdrawn' ? !isOffered : isOffered) continue;
    const drafted = await governance.draftFilingItem(actor, { collegeId: college, year, programCode: item.programCode, kind: item.kind, justification: item.justification }, { isDemo: true });
    for (const step of item.steps) await governance.moveFilingItem(actor, drafted.id, step, {});
    items += 1;
  }
  return { year, items };
}

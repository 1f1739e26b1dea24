import { defineErrors } from '../../platform/errors/app-error.js';
import { indicatorRuleErrors } from './indicators.errors.js';
import { dashboardErrors } from './dashboards.errors.js';

/**
 * Offerings, filings, warnings and notifications. Other parts of the governance module
 * (indicators, rule packs, dashboards, public information) declare their codes in their own
 * `defineErrors` catalog and spread it into `governanceErrors` below.
 */
export const governanceCoreErrors = defineErrors({
  OFFERING_NOT_FOUND: {
    status: 404,
    messages: { en: 'Offering {id} was not found', 'zh-CN': '未找到专业点 {id}' },
  },
  PROGRAM_NOT_IN_CATALOG: {
    status: 422,
    messages: { en: 'Program {code} is not in catalog version {versionId}', 'zh-CN': '专业 {code} 不在目录版本 {versionId} 中' },
  },
  NO_CATALOG_VERSION: {
    status: 409,
    messages: { en: 'No catalog version is loaded, so program codes cannot be checked', 'zh-CN': '尚未加载专业目录，无法核对专业代码' },
  },
  FILING_CYCLE_NOT_FOUND: {
    status: 404,
    messages: { en: 'There is no filing cycle for enrollment year {year}', 'zh-CN': '{year} 年招生没有备案周期' },
  },
  FILING_CYCLE_EXISTS: {
    status: 409,
    messages: { en: 'A filing cycle for enrollment year {year} already exists', 'zh-CN': '{year} 年招生的备案周期已存在' },
  },
  FILING_DEADLINES_OUT_OF_ORDER: {
    status: 400,
    messages: {
      en: 'Deadlines must follow each other: college filing ≤ province review, controlled applications ≤ province review, results published after province review ({detail})',
      'zh-CN': '截止时间须依次排列：院校申报 ≤ 省级审核，国控专业申请 ≤ 省级审核，结果发布在省级审核之后（{detail}）',
    },
  },
  FILING_DEADLINE_PASSED: {
    status: 409,
    messages: {
      en: 'The deadline "{deadline}" of the {year} filing cycle passed at {at}; this action is no longer possible',
      'zh-CN': '{year} 年备案周期的“{deadlineZh}”已于 {at} 截止，不能再进行此操作',
    },
  },
  FILING_ITEM_NOT_FOUND: {
    status: 404,
    messages: { en: 'Filing item {id} was not found', 'zh-CN': '未找到备案事项 {id}' },
  },
  FILING_TRANSITION_FORBIDDEN: {
    status: 409,
    messages: {
      en: 'The action "{action}" is not allowed on a filing item that is {from}',
      'zh-CN': '处于“{fromZh}”状态的备案事项不能执行“{actionZh}”',
    },
  },
  FILING_ITEM_NOT_EDITABLE: {
    status: 409,
    messages: { en: 'Only a draft or returned filing item can be changed (this one is {status})', 'zh-CN': '只有草稿或已退回的备案事项可以修改（当前为“{statusZh}”）' },
  },
  FILING_ITEM_DUPLICATE: {
    status: 409,
    messages: { en: 'College {collegeId} already has an open filing item for program {programCode} in {year}', 'zh-CN': '院校 {collegeId} 在 {year} 年已有专业 {programCode} 的未完结备案事项' },
  },
  FILING_KIND_MISMATCH: {
    status: 422,
    messages: { en: 'A "{kind}" item needs {expectation}', 'zh-CN': '“{kindZh}”事项要求{expectationZh}' },
  },
  FILING_CAP_EXCEEDED: {
    status: 409,
    messages: {
      en: 'Recording this item would break the cap "{cap}" ({count} > {limit}, source: {source})',
      'zh-CN': '备案此事项将超出限额“{capZh}”（{count} > {limit}，依据：{source}）',
    },
  },
  FILING_NOT_CONTROLLED: {
    status: 409,
    messages: { en: 'Program {programCode} is not nationally controlled: the province records it, it is not forwarded', 'zh-CN': '专业 {programCode} 不属于国家控制专业：由省级备案，无需报送国家' },
  },
  FILING_CONTROLLED: {
    status: 409,
    messages: { en: 'Program {programCode} is nationally controlled: the province forwards it for national approval', 'zh-CN': '专业 {programCode} 属于国家控制专业：须由省级报送国家审批' },
  },
  WARNING_NOT_FOUND: {
    status: 404,
    messages: { en: 'Warning {id} was not found', 'zh-CN': '未找到预警 {id}' },
  },
  WARNING_TRANSITION_FORBIDDEN: {
    status: 409,
    messages: { en: 'The action "{action}" is not allowed on a warning that is {from}', 'zh-CN': '处于“{fromZh}”状态的预警不能执行“{actionZh}”' },
  },
  NOTIFICATION_NOT_FOUND: {
    status: 404,
    messages: { en: 'Notification {id} was not found', 'zh-CN': '未找到通知 {id}' },
  },
});

export const governanceErrors = { ...governanceCoreErrors, ...indicatorRuleErrors, ...dashboardErrors };

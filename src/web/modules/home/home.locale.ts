import type { LocaleTree } from '../../app/i18n/locale-tree.js';

export const homeZhCN = {
  welcome: '欢迎，{{name}}',
  intro: '鲁班是一个用数据运行职业教育体系的开放平台。以下是您的角色与常用入口。',
  assignments: '我的角色',
  noAssignments: '您目前没有任何角色。请联系管理员。',
  shortcuts: '快捷入口',
  shortcutHints: {
    users: '创建、编辑和停用用户，分配角色',
    apiKeys: '为机器客户端签发和吊销密钥',
    audit: '查询审计记录并校验哈希链',
    institutions: '浏览省、市、县行政区划与院校',
    profile: '修改显示名称、语言和密码',
  },
};

export const homeEn: LocaleTree<typeof homeZhCN> = {
  welcome: 'Welcome, {{name}}',
  intro: 'Luban is an open platform for running a vocational-education system on data. Here are your roles and shortcuts.',
  assignments: 'My roles',
  noAssignments: 'You hold no roles yet. Please contact an administrator.',
  shortcuts: 'Shortcuts',
  shortcutHints: {
    users: 'Create, edit and disable users; assign roles',
    apiKeys: 'Issue and revoke keys for machine clients',
    audit: 'Search the audit trail and verify its hash chain',
    institutions: 'Browse provinces, prefectures, counties and colleges',
    profile: 'Change your display name, language and password',
  },
};

import { defineErrors } from '../errors/app-error.js';

export const identityErrors = defineErrors({
  /** Wrong username or password; deliberately does not say which. */
  INVALID_CREDENTIALS: {
    status: 401,
    messages: { en: 'Wrong username or password', 'zh-CN': '用户名或密码错误' },
  },
  /** Too many failed logins for this account. */
  LOGIN_LOCKED: {
    status: 423,
    messages: {
      en: 'Too many failed sign-in attempts. This account is locked until {until} (UTC); try again then or ask an administrator.',
      'zh-CN': '登录失败次数过多，该账号已锁定至 {until}（UTC），请届时再试或联系管理员。',
    },
  },
  ACCOUNT_DISABLED: {
    status: 403,
    messages: { en: 'This account is disabled', 'zh-CN': '该账号已停用' },
  },
  USER_NOT_FOUND: {
    status: 404,
    messages: { en: 'User {id} was not found', 'zh-CN': '未找到用户 {id}' },
  },
  USERNAME_TAKEN: {
    status: 409,
    messages: { en: 'The username {username} is already taken', 'zh-CN': '用户名 {username} 已被占用' },
  },
  ROLE_NOT_GRANTABLE: {
    status: 403,
    messages: {
      en: 'You cannot grant the role {role} at scope {scope}',
      'zh-CN': '您无权在范围 {scope} 授予角色 {role}',
    },
  },
  ROLE_SCOPE_MISMATCH: {
    status: 400,
    messages: {
      en: 'The role {role} cannot be held at scope {scope}',
      'zh-CN': '角色 {role} 不能在范围 {scope} 上授予',
    },
  },
  SCOPE_NOT_FOUND: {
    status: 400,
    messages: { en: 'The scope {scope} does not exist', 'zh-CN': '范围 {scope} 不存在' },
  },
  WRONG_CURRENT_PASSWORD: {
    status: 400,
    messages: { en: 'The current password is wrong', 'zh-CN': '当前密码不正确' },
  },
  CANNOT_DISABLE_SELF: {
    status: 400,
    messages: { en: 'You cannot disable your own account', 'zh-CN': '不能停用自己的账号' },
  },
  API_KEY_NOT_FOUND: {
    status: 404,
    messages: { en: 'API key {id} was not found', 'zh-CN': '未找到 API 密钥 {id}' },
  },
  INVALID_API_KEY: {
    status: 401,
    messages: { en: 'The API key is invalid, expired or revoked', 'zh-CN': 'API 密钥无效、已过期或已吊销' },
  },
});

import { defineErrors } from './app-error.js';

/** Errors raised by the platform itself (HTTP edge, identity, authorization, audit). */
export const platformErrors = defineErrors({
  VALIDATION_FAILED: {
    status: 400,
    messages: { en: 'The request is invalid: {summary}', 'zh-CN': '请求无效：{summary}' },
  },
  MALFORMED_BODY: {
    status: 400,
    messages: { en: 'The request body is not valid JSON', 'zh-CN': '请求体不是有效的 JSON' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    messages: { en: 'Unsupported content type {type}', 'zh-CN': '不支持的内容类型 {type}' },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    messages: { en: 'The request body is too large', 'zh-CN': '请求体过大' },
  },
  UNAUTHENTICATED: {
    status: 401,
    messages: { en: 'Please sign in first', 'zh-CN': '请先登录' },
  },
  SCOPE_DENIED: {
    status: 403,
    messages: {
      en: 'You do not have permission to {action} in this scope',
      'zh-CN': '您无权在此范围内执行“{action}”',
    },
  },
  CSRF_FAILED: {
    status: 403,
    messages: {
      en: 'The security token is missing or wrong; reload the page and try again',
      'zh-CN': '安全令牌缺失或不正确，请刷新页面后重试',
    },
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    messages: { en: 'No such endpoint: {method} {path}', 'zh-CN': '接口不存在：{method} {path}' },
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    messages: { en: 'Method not allowed', 'zh-CN': '不允许的请求方法' },
  },
  RATE_LIMITED: {
    status: 429,
    messages: {
      en: 'Too many requests; try again in {seconds} seconds',
      'zh-CN': '请求过于频繁，请在 {seconds} 秒后重试',
    },
  },
  INTERNAL: {
    status: 500,
    messages: {
      en: 'Something went wrong on our side (reference {requestId})',
      'zh-CN': '服务器内部错误（编号 {requestId}）',
    },
  },
  NOT_READY: {
    status: 503,
    messages: { en: 'The service is not ready', 'zh-CN': '服务尚未就绪' },
  },
});

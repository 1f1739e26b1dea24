import { defineErrors } from '../../platform/errors/app-error.js';

/** Errors of the LRS; statuses are the ones xAPI prescribes (Communication §3.2). */
export const lrsErrors = defineErrors({
  /** A statement breaks the xAPI data model. */
  LRS_INVALID_STATEMENT: {
    status: 400,
    messages: { en: 'Invalid statement: {reason}', 'zh-CN': '语句无效：{reason}' },
  },
  /** A query or form parameter is missing, unknown or malformed. */
  LRS_INVALID_PARAMETER: {
    status: 400,
    messages: { en: 'Parameter {parameter} {reason}', 'zh-CN': '参数 {parameter} 无效：{reason}' },
  },
  /** The request itself is malformed (body, content type, alternate syntax). */
  LRS_INVALID_REQUEST: {
    status: 400,
    messages: { en: 'Invalid request: {reason}', 'zh-CN': '请求无效：{reason}' },
  },
  LRS_INVALID_MULTIPART: {
    status: 400,
    messages: { en: 'Invalid multipart body: {reason}', 'zh-CN': '多部分请求体无效：{reason}' },
  },
  LRS_INVALID_ATTACHMENT: {
    status: 400,
    messages: { en: 'Invalid attachment: {reason}', 'zh-CN': '附件无效：{reason}' },
  },
  /** The X-Experience-API-Version header is missing or names a version this LRS does not speak. */
  LRS_VERSION_UNSUPPORTED: {
    status: 400,
    messages: {
      en: 'X-Experience-API-Version "{version}" is not supported; use 1.0.x or 2.0.x',
      'zh-CN': '不支持的 X-Experience-API-Version“{version}”，请使用 1.0.x 或 2.0.x',
    },
  },
  /** POST to a JSON document when either side is not a JSON object. */
  LRS_DOCUMENT_NOT_MERGEABLE: {
    status: 400,
    messages: {
      en: 'Only JSON objects can be merged; send application/json objects or use PUT',
      'zh-CN': '只能合并 JSON 对象；请发送 application/json 对象或改用 PUT',
    },
  },
  /** xAPI 1.0.3: a PUT to a profile resource must say, with If-Match or If-None-Match, what it expects. */
  LRS_PRECONDITION_REQUIRED: {
    status: 400,
    messages: {
      en: 'Send If-None-Match: * to create this document, or If-Match with its ETag to replace it',
      'zh-CN': '创建此文档请携带 If-None-Match: *，替换请携带 If-Match（其 ETag）',
    },
  },
  /** Missing or wrong LRS client credentials. */
  LRS_UNAUTHORIZED: {
    status: 401,
    messages: { en: 'LRS client credentials are missing or wrong', 'zh-CN': 'LRS 客户端凭据缺失或不正确' },
  },
  /** The client lacks the permission (write, read) the request needs. */
  LRS_FORBIDDEN: {
    status: 403,
    messages: { en: 'This LRS client may not {action}', 'zh-CN': '该 LRS 客户端无权{action}' },
  },
  LRS_STATEMENT_NOT_FOUND: {
    status: 404,
    messages: { en: 'Statement {id} was not found', 'zh-CN': '未找到语句 {id}' },
  },
  LRS_DOCUMENT_NOT_FOUND: {
    status: 404,
    messages: { en: 'Document {id} was not found', 'zh-CN': '未找到文档 {id}' },
  },
  LRS_CLIENT_NOT_FOUND: {
    status: 404,
    messages: { en: 'LRS client {id} was not found', 'zh-CN': '未找到 LRS 客户端 {id}' },
  },
  LRS_METHOD_NOT_ALLOWED: {
    status: 405,
    messages: { en: 'Method {method} is not allowed on {resource}', 'zh-CN': '{resource} 不支持 {method} 方法' },
  },
  /** A statement id is already stored with different content (statements are immutable). */
  LRS_STATEMENT_CONFLICT: {
    status: 409,
    messages: {
      en: 'Statement {id} already exists with different content; statements cannot be changed',
      'zh-CN': '语句 {id} 已存在且内容不同；语句不可修改',
    },
  },
  /** PUT over an existing document without If-Match or If-None-Match. */
  LRS_DOCUMENT_CONFLICT: {
    status: 409,
    messages: {
      en: 'The document exists; send If-Match with its ETag (or If-None-Match: *) to say whether to overwrite it',
      'zh-CN': '文档已存在；请携带 If-Match（其 ETag）或 If-None-Match: * 说明是否覆盖',
    },
  },
  LRS_PRECONDITION_FAILED: {
    status: 412,
    messages: { en: 'Precondition {header} failed: the document has changed', 'zh-CN': '前置条件 {header} 不成立：文档已被修改' },
  },
  LRS_PAYLOAD_TOO_LARGE: {
    status: 413,
    messages: { en: 'The request body is too large', 'zh-CN': '请求体过大' },
  },
  LRS_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    messages: { en: 'Content-Type {type} is not supported here', 'zh-CN': '此处不支持 Content-Type {type}' },
  },
  /** Admin API: the scope given for a client names no known college, province or enterprise. */
  LRS_UNKNOWN_SCOPE: {
    status: 400,
    messages: { en: 'Scope {scope} does not exist', 'zh-CN': '范围 {scope} 不存在' },
  },
});

export type LrsErrorCode = keyof typeof lrsErrors;

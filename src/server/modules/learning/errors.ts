import { defineErrors } from '../../platform/errors/app-error.js';

export const learningErrors = defineErrors({
  RESOURCE_NOT_FOUND: { status: 404, messages: { en: 'Resource {id} was not found', 'zh-CN': '未找到资源 {id}' } },
  RESOURCE_NOT_EDITABLE: {
    status: 409,
    messages: { en: 'The resource cannot be changed while it is {status}', 'zh-CN': '资源处于“{status}”状态，不能修改' },
  },
  RESOURCE_NOT_SUBMITTABLE: {
    status: 409,
    messages: { en: 'Only a draft or returned resource can be submitted for review (it is {status})', 'zh-CN': '只有草稿或被退回的资源可以提交审核（当前为“{status}”）' },
  },
  RESOURCE_NOT_IN_REVIEW: { status: 409, messages: { en: 'The resource is not waiting for review (it is {status})', 'zh-CN': '该资源不在待审核状态（当前为“{status}”）' } },
  REVIEW_OWN_RESOURCE: { status: 403, messages: { en: 'You cannot review a resource you created', 'zh-CN': '不能审核自己创建的资源' } },
  RESOURCE_PROVIDER_INVALID: {
    status: 422,
    messages: { en: 'Provider {scope} is not allowed: {reason}', 'zh-CN': '提供方 {scope} 无效：{reason}' },
  },
  PROGRAM_CODES_UNKNOWN: {
    status: 422,
    messages: { en: 'These program codes are not in catalog version {versionId}: {codes}', 'zh-CN': '目录版本 {versionId} 中没有这些专业代码：{codes}' },
  },
  RESOURCE_HAS_NO_FILE: { status: 404, messages: { en: 'Version {version} of the resource has no file', 'zh-CN': '该资源的第 {version} 版没有文件' } },
  RESOURCE_NOT_H5: { status: 415, messages: { en: 'Only H5 pages are served from the sandbox', 'zh-CN': '只有 H5 页面可以在沙箱中打开' } },
  UPLOAD_NOT_FOUND: { status: 404, messages: { en: 'Upload {id} was not found', 'zh-CN': '未找到上传 {id}' } },
  UPLOAD_TOO_LARGE: {
    status: 413,
    messages: { en: 'The file is larger than the {limit} allowed for {type} resources', 'zh-CN': '文件超过了“{type}”类资源允许的 {limit}' },
  },
  UPLOAD_TYPE_NOT_ALLOWED: {
    status: 415,
    messages: { en: 'A {type} resource cannot hold {mimeType} files', 'zh-CN': '“{type}”类资源不能使用 {mimeType} 文件' },
  },
  UPLOAD_CONTENT_MISMATCH: {
    status: 415,
    messages: { en: 'The file says it is {declared} but its content is {detected}', 'zh-CN': '文件声明为 {declared}，但其内容是 {detected}' },
  },
  UPLOAD_EXECUTABLE_REFUSED: { status: 415, messages: { en: 'Executable files and scripts are refused', 'zh-CN': '不接受可执行文件或脚本' } },
  UPLOAD_OFFSET_MISMATCH: {
    status: 409,
    messages: { en: 'This chunk starts at byte {offset}, but the upload continues at byte {expected}', 'zh-CN': '该分片从第 {offset} 字节开始，但上传应从第 {expected} 字节继续' },
  },
  UPLOAD_CHUNK_OVERFLOW: {
    status: 413,
    messages: { en: 'The chunk goes past the declared size of {total} bytes', 'zh-CN': '分片超出了声明的文件大小 {total} 字节' },
  },
  UPLOAD_INCOMPLETE: { status: 409, messages: { en: 'Only {received} of {total} bytes have arrived', 'zh-CN': '只收到 {total} 字节中的 {received} 字节' } },
  UPLOAD_ALREADY_COMPLETE: { status: 409, messages: { en: 'The upload is already complete', 'zh-CN': '该上传已完成' } },
  UPLOAD_NOT_USABLE: {
    status: 422,
    messages: { en: 'Upload {id} cannot be attached: {reason}', 'zh-CN': '上传 {id} 无法使用：{reason}' },
  },
});

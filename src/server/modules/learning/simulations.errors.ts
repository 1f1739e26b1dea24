import { defineErrors } from '../../platform/errors/app-error.js';

/** Errors of simulation packages, launches and attempts. */
export const simulationErrors = defineErrors({
  PACKAGE_NOT_ZIP: { status: 422, messages: { en: 'The simulation package is not a readable zip archive: {reason}', 'zh-CN': '仿真包不是可读取的 zip 压缩包：{reason}' } },
  PACKAGE_UNSAFE_PATH: {
    status: 422,
    messages: { en: 'The package contains an unsafe or duplicate path: {path} (absolute paths, "..", backslashes and drive letters are refused)', 'zh-CN': '仿真包含有不安全或重复的路径：{path}（不接受绝对路径、“..”、反斜杠和盘符）' },
  },
  PACKAGE_SYMLINK: { status: 422, messages: { en: 'The package contains a symbolic link: {path}', 'zh-CN': '仿真包含有符号链接：{path}' } },
  PACKAGE_TOO_MANY_FILES: { status: 422, messages: { en: 'The package has more than {limit} files', 'zh-CN': '仿真包的文件数超过 {limit} 个' } },
  PACKAGE_FILE_TOO_LARGE: { status: 413, messages: { en: 'The package file {path} is larger than {limit} uncompressed', 'zh-CN': '仿真包中的文件 {path} 解压后超过 {limit}' } },
  PACKAGE_TOO_LARGE: { status: 413, messages: { en: 'The package is larger than {limit} uncompressed', 'zh-CN': '仿真包解压后超过 {limit}' } },
  PACKAGE_ZIP_BOMB: {
    status: 422,
    messages: { en: 'The package looks like a zip bomb: {path} expands more than {limit} times (or beyond its declared size)', 'zh-CN': '仿真包疑似压缩炸弹：{path} 的解压倍数超过 {limit}（或超出声明的大小）' },
  },
  PACKAGE_NO_ENTRY: {
    status: 422,
    messages: { en: 'The package has no entry page: add index.html at its root or a {manifest} naming the entry', 'zh-CN': '仿真包没有入口页面：请在根目录放置 index.html，或用 {manifest} 指明入口' },
  },
  PACKAGE_MANIFEST_INVALID: { status: 422, messages: { en: 'The package manifest is invalid: {reason}', 'zh-CN': '仿真包清单无效：{reason}' } },
  PACKAGE_EXECUTABLE: { status: 415, messages: { en: 'The package contains an executable file: {path}', 'zh-CN': '仿真包含有可执行文件：{path}' } },
  PACKAGE_FILE_MISMATCH: { status: 415, messages: { en: 'The content of package file {path} does not match its extension (it is {detected})', 'zh-CN': '仿真包文件 {path} 的内容与扩展名不符（实际为 {detected}）' } },
  SIMULATION_NOT_FOUND: { status: 404, messages: { en: 'Simulation {id} was not found', 'zh-CN': '未找到虚拟仿真 {id}' } },
  SIMULATION_HAS_NO_PACKAGE: { status: 409, messages: { en: 'The simulation has no unpacked package to launch', 'zh-CN': '该虚拟仿真没有可启动的仿真包' } },
  ATTEMPT_NOT_FOUND: { status: 404, messages: { en: 'Simulation attempt {id} was not found', 'zh-CN': '未找到仿真练习记录 {id}' } },
  LAUNCH_CREDENTIAL_INVALID: { status: 401, messages: { en: 'The launch credential is not valid for this attempt', 'zh-CN': '启动凭据对本次练习无效' } },
  LAUNCH_CREDENTIAL_EXPIRED: { status: 401, messages: { en: 'The launch credential has expired: launch the simulation again', 'zh-CN': '启动凭据已过期，请重新启动仿真' } },
  ATTEMPT_FINISHED: { status: 409, messages: { en: 'The attempt is finished and accepts no more reports', 'zh-CN': '本次练习已结束，不再接受上报' } },
});

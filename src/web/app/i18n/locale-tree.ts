/** The same keys as the reference (zh-CN) tree, every leaf a string. */
export type LocaleTree<T> = { [K in keyof T]: T[K] extends string ? string : LocaleTree<T[K]> };

import type { LocaleTree } from '../../app/i18n/locale-tree.js';

export const institutionsZhCN = {
  title: '区域与院校',
  subtitle: '按 GB/T 2260 行政区划浏览省、市、县，以及院校名录',
  tabs: {
    regions: '行政区划',
    colleges: '院校',
  },
  regions: {
    provinces: '省级',
    prefectures: '地级',
    counties: '县级',
    pickProvince: '请选择一个省级行政区',
    pickPrefecture: '请选择一个地级行政区',
    empty: '没有下级行政区',
    code: '代码',
    filter: '筛选',
  },
  colleges: {
    searchPlaceholder: '搜索院校名称',
    province: '省份',
    anyProvince: '全部省份',
    columns: {
      name: '院校名称',
      nameEn: '英文名称',
      province: '省份',
      region: '所在地区代码',
      level: '办学层次',
      ownership: '举办性质',
      authority: '主管部门',
    },
    levels: {
      secondary: '中等职业学校',
      higher: '高等职业学校（专科）',
      undergraduate: '职业本科',
    },
    ownership: {
      public: '公办',
      private: '民办',
    },
    empty: '没有符合条件的院校',
  },
};

export const institutionsEn: LocaleTree<typeof institutionsZhCN> = {
  title: 'Regions & colleges',
  subtitle: 'Browse provinces, prefectures and counties (GB/T 2260) and the college directory',
  tabs: {
    regions: 'Regions',
    colleges: 'Colleges',
  },
  regions: {
    provinces: 'Provinces',
    prefectures: 'Prefectures',
    counties: 'Counties',
    pickProvince: 'Select a province',
    pickPrefecture: 'Select a prefecture',
    empty: 'No subdivisions',
    code: 'Code',
    filter: 'Filter',
  },
  colleges: {
    searchPlaceholder: 'Search college names',
    province: 'Province',
    anyProvince: 'All provinces',
    columns: {
      name: 'Name',
      nameEn: 'English name',
      province: 'Province',
      region: 'Region code',
      level: 'Level',
      ownership: 'Ownership',
      authority: 'Authority',
    },
    levels: {
      secondary: 'Secondary vocational',
      higher: 'Higher vocational (associate)',
      undergraduate: 'Vocational undergraduate',
    },
    ownership: {
      public: 'Public',
      private: 'Private',
    },
    empty: 'No colleges match these filters',
  },
};

import { sampleEditionPrograms } from '../../src/server/modules/catalog/domain/sample-catalog.js';
import type { ResourceLevel, ResourceType } from '../../src/shared/contracts/learning/resources.js';
import { generatorProvinces } from './provinces.js';
import { createRandom, type Random } from './random.js';

/**
 * Generated learning resources for the `search` benchmark: deterministic (resource i is the
 * same whatever else is generated), Chinese and English titles and descriptions built from
 * program names (the sample catalog's, plus the manufacturing and construction programs below)
 * and knowledge-point names a vocational teacher would use. Every id and provider says GEN;
 * none of it is real content.
 */
export type GeneratedResource = {
  id: string;
  type: ResourceType;
  title: Record<string, string>;
  description: Record<string, string>;
  knowledgePoints: string[];
  programCodes: string[];
  categoryCodes: string[];
  level: ResourceLevel;
  language: string;
  audience: 'public' | 'college';
  providerScopes: string[];
  providerProvinces: string[];
  publishedAt: Date;
  rating: number | null;
};

type Term = readonly [zh: string, en: string];
type Field = { programs: { code: string; category: string; name: Term }[]; points: Term[] };

const samplePrograms = (prefix: string) =>
  sampleEditionPrograms.filter((p) => p.categoryCode.startsWith(prefix)).map((p) => ({ code: p.code, category: p.categoryCode, name: [p.name, p.nameEn ?? p.name] as const }));
const generatedProgram = (code: string, zh: string, en: string) => ({ code: `GEN-${code}`, category: `GEN-${code.slice(0, 5)}`, name: [zh, en] as const });

/** Knowledge points by field; the sample catalog's programs and a few generated ones carry them. */
const fields: Field[] = [
  {
    programs: [generatedProgram('H070201', '数控技术', 'CNC technology'), generatedProgram('S070201', '数控技术应用', 'CNC technology application')],
    points: [['数控编程', 'CNC programming'], ['数控车床操作', 'CNC lathe operation'], ['加工中心', 'Machining centre'], ['G代码', 'G-code'], ['刀具补偿', 'Tool compensation'], ['机械制图', 'Mechanical drawing'], ['公差与配合', 'Tolerances and fits'], ['数控铣削', 'CNC milling']],
  },
  {
    programs: [generatedProgram('H070301', '机电一体化技术', 'Mechatronics technology'), generatedProgram('H070302', '工业机器人技术', 'Industrial robot technology')],
    points: [['PLC编程', 'PLC programming'], ['传感器应用', 'Sensor application'], ['液压与气动', 'Hydraulics and pneumatics'], ['机器人示教', 'Robot teach programming'], ['电机控制', 'Motor control'], ['工业网络', 'Industrial networks'], ['电气识图', 'Electrical drawing reading']],
  },
  {
    programs: [generatedProgram('H070401', '汽车检测与维修技术', 'Automotive inspection and maintenance'), generatedProgram('H070402', '新能源汽车技术', 'New energy vehicle technology')],
    points: [['发动机构造', 'Engine construction'], ['汽车电气系统', 'Automotive electrical systems'], ['动力电池', 'Traction battery'], ['故障诊断', 'Fault diagnosis'], ['底盘维修', 'Chassis repair'], ['驱动电机', 'Drive motor']],
  },
  {
    programs: [generatedProgram('H040301', '建筑工程技术', 'Construction engineering technology'), generatedProgram('H040302', '工程造价', 'Construction cost engineering')],
    points: [['建筑识图', 'Building drawing reading'], ['混凝土结构', 'Concrete structures'], ['施工组织', 'Construction organisation'], ['工程测量', 'Engineering surveying'], ['BIM建模', 'BIM modelling'], ['工程计量', 'Quantity measurement']],
  },
  {
    programs: samplePrograms('SAMPLE-H0101').concat(samplePrograms('SAMPLE-S0101'), samplePrograms('SAMPLE-U0101')),
    points: [['Python程序设计', 'Python programming'], ['数据库原理', 'Database principles'], ['Web前端开发', 'Web front-end development'], ['计算机网络', 'Computer networks'], ['机器学习', 'Machine learning'], ['数据结构', 'Data structures'], ['软件测试', 'Software testing'], ['Linux操作系统', 'Linux operating system']],
  },
  {
    programs: samplePrograms('SAMPLE-H0201').concat(samplePrograms('SAMPLE-U0201')),
    points: [['会计分录', 'Journal entries'], ['财务报表分析', 'Financial statement analysis'], ['成本核算', 'Cost accounting'], ['税法', 'Tax law'], ['审计基础', 'Auditing basics'], ['管理会计', 'Management accounting']],
  },
  {
    programs: samplePrograms('SAMPLE-H0202').concat(samplePrograms('SAMPLE-S0201'), samplePrograms('SAMPLE-H0203')),
    points: [['网店运营', 'Online store operation'], ['直播电商', 'Live-stream commerce'], ['市场调研', 'Market research'], ['客户关系管理', 'Customer relationship management'], ['跨境电商', 'Cross-border e-commerce'], ['物流管理', 'Logistics management']],
  },
  {
    programs: samplePrograms('SAMPLE-H05').concat(samplePrograms('SAMPLE-S05')),
    points: [['基础护理', 'Fundamental nursing'], ['护理评估', 'Nursing assessment'], ['静脉输液', 'Intravenous infusion'], ['急救技术', 'Emergency care'], ['人体解剖', 'Human anatomy'], ['药理学', 'Pharmacology'], ['老年护理', 'Geriatric nursing']],
  },
  {
    programs: samplePrograms('SAMPLE-H06'),
    points: [['儿童心理', 'Child psychology'], ['教学设计', 'Instructional design'], ['幼儿游戏', 'Early childhood play'], ['课堂管理', 'Classroom management'], ['手工制作', 'Handicraft']],
  },
  {
    programs: samplePrograms('SAMPLE-H03').concat(samplePrograms('SAMPLE-H04'), samplePrograms('SAMPLE-H08')),
    points: [['导游讲解', 'Tour guiding'], ['客舱服务', 'Cabin service'], ['礼仪规范', 'Etiquette'], ['公文写作', 'Official document writing'], ['酒店管理', 'Hotel management'], ['航空安全', 'Aviation safety']],
  },
  {
    programs: samplePrograms('SAMPLE-H07'),
    points: [['无人机组装', 'Drone assembly'], ['飞行控制', 'Flight control'], ['航拍测绘', 'Aerial mapping'], ['无人机维护', 'Drone maintenance']],
  },
];

const formats: { type: ResourceType; weight: number; zh: string[]; en: string[] }[] = [
  { type: 'video', weight: 30, zh: ['教学视频', '微课', '操作演示'], en: ['Video lesson', 'Micro-lecture', 'Demonstration'] },
  { type: 'document', weight: 30, zh: ['课件', '讲义', '实训指导书', '案例分析'], en: ['Slides', 'Lecture notes', 'Practical training guide', 'Case study'] },
  { type: 'exercise_set', weight: 12, zh: ['习题集', '在线测验'], en: ['Exercises', 'Online quiz'] },
  { type: 'h5', weight: 8, zh: ['互动练习'], en: ['Interactive practice'] },
  { type: 'virtual_simulation', weight: 6, zh: ['虚拟仿真实训'], en: ['Virtual simulation training'] },
  { type: 'image', weight: 6, zh: ['图解', '挂图'], en: ['Illustrated guide', 'Wall chart'] },
  { type: 'audio', weight: 4, zh: ['音频讲解'], en: ['Audio explanation'] },
  { type: 'textbook_chapter', weight: 4, zh: ['教材章节'], en: ['Textbook chapter'] },
];
const formatWeightTotal = formats.reduce((sum, f) => sum + f.weight, 0);

const closingsZh = ['适合课堂教学和学生自主学习。', '配有练习，便于课后巩固。', '结合企业真实岗位任务设计。', '可用于混合式教学和线上学习。'];
const closingsEn = ['Suitable for classroom teaching and self-study.', 'Includes practice for revision after class.', 'Designed around real tasks from industry.', 'Usable in blended and online learning.'];

const levels: { level: ResourceLevel; weight: number }[] = [
  { level: 'higher', weight: 55 },
  { level: 'secondary', weight: 30 },
  { level: 'undergraduate', weight: 10 },
  { level: 'continuing', weight: 5 },
];

export const GENERATED_COLLEGES = 2000;
const ENTERPRISES = 300;
const PUBLISHED_FROM = Date.UTC(2019, 0, 1);
const PUBLISHED_TO = Date.UTC(2026, 10, 30);

function weighted<T extends { weight: number }>(random: Random, items: readonly T[], total: number): T {
  let roll = random.next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1]!;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** College `GEN-C0001` … and its province (one of the generator's 31). */
export function generatedCollege(index: number): { id: string; provinceCode: string } {
  return { id: `GEN-C${pad(index, 4)}`, provinceCode: generatorProvinces[index % generatorProvinces.length]!.code };
}

/** Resource `index` (0-based): a UUID that encodes it, so ids are stable and distinct. */
export function generatedResourceId(index: number): string {
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

export function generateResource(seed: string, index: number): GeneratedResource {
  const random = createRandom(`${seed}/resource/${index}`);
  const field = random.pick(fields);
  const program = random.pick(field.programs);
  const point = random.pick(field.points);
  const second = random.pick(field.points);
  const format = weighted(random, formats, formatWeightTotal);
  const isEnglish = random.chance(0.2);
  const formatIndex = random.int(0, format.zh.length - 1);
  const chinese = `${point[0]}${format.zh[formatIndex]}`;
  const english = `${format.en[formatIndex]}: ${point[1]}`;
  const closing = random.int(0, closingsZh.length - 1);
  const description = {
    'zh-CN': `本资源面向${program.name[0]}专业，讲解${point[0]}与${second[0]}。${closingsZh[closing]}`,
    en: `For ${program.name[1]} students: ${point[1].toLowerCase()} and ${second[1].toLowerCase()}. ${closingsEn[closing]}`,
  };
  const college = generatedCollege(1 + Math.floor(Math.pow(random.next(), 1.6) * GENERATED_COLLEGES));
  const providerScopes = [`college:${college.id}`];
  if (random.chance(0.15)) providerScopes.push(`enterprise:GEN-E${pad(random.int(1, ENTERPRISES), 3)}`);
  const hasRating = random.chance(0.4);
  return {
    id: generatedResourceId(index),
    type: format.type,
    title: isEnglish ? { en: english } : { 'zh-CN': chinese, en: english },
    description: isEnglish ? { en: description.en } : description,
    knowledgePoints: point === second ? [point[0]] : [point[0], second[0]],
    programCodes: [program.code],
    categoryCodes: [program.category],
    level: weighted(random, levels, 100).level,
    language: isEnglish ? 'en' : 'zh-CN',
    audience: random.chance(0.5) ? 'public' : 'college',
    providerScopes,
    providerProvinces: [college.provinceCode],
    publishedAt: new Date(PUBLISHED_FROM + Math.floor(random.next() * (PUBLISHED_TO - PUBLISHED_FROM))),
    rating: hasRating ? Math.round(random.uniform(1.5, 5) * 10) / 10 : null,
  };
}

export type GeneratedQuery = {
  q: string;
  /** two facet filters */
  facets: { type?: ResourceType; level?: ResourceLevel; language?: string; category?: string; provider?: 'college' | 'enterprise' | 'co-built' };
  /** true when the query contains a word found in more than a quarter of the documents */
  hasFrequentWord: boolean;
};

/** Words in well over a quarter of the generated documents (every description says 本资源 / students). */
const frequentWords = ['技术', '学习', 'students', '本资源', 'and'];

/** One- to three-word queries over the same vocabulary, each with two facet filters. */
export function generateQueries(seed: string, count: number): GeneratedQuery[] {
  const random = createRandom(`${seed}/queries`);
  const queries: GeneratedQuery[] = [];
  const categories = [...new Set(fields.flatMap((f) => f.programs.map((p) => p.category)))];
  for (let i = 0; i < count; i++) {
    const field = random.pick(fields);
    const point = random.pick(field.points);
    const program = random.pick(field.programs);
    const isEnglish = random.chance(0.35);
    const words: string[] = [];
    const wordCount = random.int(1, 3);
    const hasFrequentWord = random.chance(0.25);
    const pool = isEnglish ? [...point[1].toLowerCase().split(' '), ...program.name[1].toLowerCase().split(' ')] : [point[0], program.name[0], random.pick(formats).zh[0]!];
    while (words.length < wordCount - (hasFrequentWord ? 1 : 0)) words.push(random.pick(pool));
    if (hasFrequentWord) words.splice(random.int(0, words.length), 0, random.pick(frequentWords));
    const facets: GeneratedQuery['facets'] = {};
    const names = ['type', 'level', 'language', 'category', 'provider'] as const;
    const first = random.pick(names);
    let second = random.pick(names);
    while (second === first) second = random.pick(names);
    for (const name of [first, second]) {
      if (name === 'type') facets.type = weighted(random, formats, formatWeightTotal).type;
      if (name === 'level') facets.level = weighted(random, levels, 100).level;
      if (name === 'language') facets.language = random.chance(0.7) ? 'zh-CN' : 'en';
      if (name === 'category') facets.category = random.chance(0.6) ? program.category : random.pick(categories);
      if (name === 'provider') facets.provider = random.pick(['college', 'enterprise', 'co-built'] as const);
    }
    queries.push({ q: [...new Set(words)].join(' '), facets, hasFrequentWord });
  }
  return queries;
}

import type { Session, TestLuban } from '../../../testing/test-luban.js';
import type { TextbookDetail } from '../../../../shared/contracts/learning/textbooks.js';

/** Test helpers: a textbook with two chapters (the second with a section), optionally published. */
export const sampleTextbook = {
  title: { 'zh-CN': '数控加工技术', en: 'CNC machining technology' },
  isbn: '978-0-306-40615-7',
  publisher: '高等教育出版社',
  authors: ['张三', '李四'],
  level: 'higher',
  language: 'zh-CN',
  programCodes: ['SAMPLE-H070101'],
  audience: 'public',
  edition: { number: 1, publishedOn: '2021-09-01', changeNotes: '第一版' },
};

export const sampleChapters = {
  chapters: [
    { title: { 'zh-CN': '第一章 数控机床概述', en: 'CNC machines' }, knowledgePoints: ['数控机床结构'], content: '<h2>概述</h2><p>数控机床由控制系统和机床本体组成。</p>' },
    {
      title: { 'zh-CN': '第二章 数控编程', en: 'CNC programming' },
      programCodes: ['SAMPLE-H070101'],
      knowledgePoints: ['G 代码', '刀具补偿'],
      content: '<h2>G 代码</h2><p onclick="x()">G01 直线插补<script>alert(1)</script></p>',
      sections: [{ title: { 'zh-CN': '2.1 刀具补偿', en: 'Tool compensation' }, knowledgePoints: ['刀具补偿'], content: '<p>G41/G42</p>' }],
    },
  ],
  revision: { summary: '两章初稿', isSubstantive: true },
};

export async function createTextbook(t: TestLuban, author: Session, overrides: Record<string, unknown> = {}): Promise<TextbookDetail> {
  const response = await t.request({ method: 'POST', url: '/api/v1/learning/textbooks', session: author, body: { ...sampleTextbook, ...overrides } });
  if (response.statusCode !== 201) throw new Error(`create textbook refused: ${response.body}`);
  return response.json<TextbookDetail>();
}

export async function publishedTextbook(t: TestLuban, author: Session, overrides: Record<string, unknown> = {}): Promise<TextbookDetail> {
  const created = await createTextbook(t, author, overrides);
  const saved = await t.request({ method: 'PUT', url: `/api/v1/learning/textbooks/${created.id}/chapters`, session: author, body: sampleChapters });
  if (saved.statusCode !== 200) throw new Error(`chapters refused: ${saved.body}`);
  const published = await t.request({ method: 'POST', url: `/api/v1/learning/textbooks/${created.id}/publish`, session: author });
  if (published.statusCode !== 200) throw new Error(`publish refused: ${published.body}`);
  return published.json<TextbookDetail>();
}

export const sampleTraining = { title: '数控企业实践', provider: '广州数控设备有限公司', category: 'enterprise_practice', startDate: '2026-07-01', endDate: '2026-07-10', hours: 40 };

export async function recordTraining(t: TestLuban, teacher: Session, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await t.request({ method: 'POST', url: '/api/v1/learning/training/records', session: teacher, body: { ...sampleTraining, ...overrides } });
  if (response.statusCode !== 201) throw new Error(`training refused: ${response.body}`);
  return response.json<{ id: string }>().id;
}

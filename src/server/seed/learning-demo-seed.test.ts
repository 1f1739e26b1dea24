import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestLuban, TEST_PASSWORD, type Session, type TestLuban } from '../testing/test-luban.js';
import { describeEachEngine } from '../testing/test-db.js';
import type { CourseDetail, CourseProgress, Course } from '../../shared/contracts/learning/courses.js';
import type { SearchResult } from '../../shared/contracts/learning/search.js';
import type { RevisionAgeReport, TextbookDetail, TextbookSummary, ChapterView } from '../../shared/contracts/learning/textbooks.js';
import type { TrainingRecord, TrainingSummary } from '../../shared/contracts/learning/training.js';
import { demoAccountPlan } from './demo-seed.js';
import { seedLearningDemo, type LearningSeedResult } from './learning-demo-seed.js';
import { demoSimulationPackage } from './learning-demo-files.js';
import { demoResources } from './learning-demo-content.js';

const accounts = demoAccountPlan.map((plan) => ({ ...plan, password: TEST_PASSWORD }));
const isDemoTitle = (title: Record<string, string>) => (title['zh-CN'] ?? '').startsWith('演示·') && (title.en ?? '').startsWith('Demo · ');

describeEachEngine('learning demo data', (engine) => {
  let t: TestLuban;
  let result: LearningSeedResult | undefined;
  let student: Session;
  let teacher: Session;
  let college: Session;
  const get = async <T>(session: Session, url: string): Promise<T> => {
    const response = await t.request({ method: 'GET', url: `/api/v1/learning${url}`, session });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json<T>();
  };
  beforeAll(async () => {
    t = await createTestLuban(engine);
    result = await seedLearningDemo(t, accounts, new Date('2026-12-02T12:00:00Z'));
    [student, teacher, college] = await Promise.all([t.login('demo.student'), t.login('demo.teacher'), t.login('demo.college')]);
  }, 300_000);
  afterAll(async () => t.close());

  it('seeds labelled resources, courses, textbooks, a simulation and training records through the API', async () => {
    expect(result).toMatchObject({ resources: 6, exerciseSets: 3, courses: 3, textbooks: 2, simulations: 1, trainingRecords: 2 });
    process.stdout.write(`learning demo seed on ${engine}: ${result?.ms} ms\n`);

    const teaching = await get<{ items: Course[] }>(teacher, '/courses?view=teaching');
    expect(teaching.items).toHaveLength(3);
    expect(teaching.items.every((c) => c.status === 'published' && isDemoTitle(c.title) && c.programCodes.every((code) => code.startsWith('SAMPLE-')))).toBe(true);
    expect(teaching.items.filter((c) => c.isFine).map((c) => c.title.en)).toEqual(['Demo · Python programming basics']);
    expect(teaching.items.filter((c) => c.target === 'class')).toHaveLength(1);

    const resources = await get<{ items: { title: Record<string, string>; status: string; type: string }[] }>(teacher, '/resources?view=mine&limit=50');
    expect(resources.items).toHaveLength(6);
    expect(resources.items.every((r) => r.status === 'published' && isDemoTitle(r.title))).toBe(true);

    const simulations = await get<{ items: { title: Record<string, string> }[] }>(student, '/simulations');
    expect(simulations.items.map((s) => s.title.en)).toEqual(['Demo · Drone take-off and landing simulation']);
  });

  it('makes the courses searchable in Chinese and English, the class course only for its class', async () => {
    const zh = await get<SearchResult>(student, `/search?q=${encodeURIComponent('编程')}&kind=course`);
    expect(zh.hits.map((h) => h.title['zh-CN'])).toContain('演示·Python 编程基础');
    const en = await get<SearchResult>(student, '/search?q=programming&kind=course');
    expect(en.hits.map((h) => h.title.en)).toContain('Demo · Python programming basics');
    const drones = await get<SearchResult>(student, `/search?q=${encodeURIComponent('无人机')}&kind=course`);
    expect(drones.hits.map((h) => h.title.en)).toContain('Demo · Drone operation training');
    // the enterprise user is not in the demo class: the class course is not found for them
    const enterprise = await t.login('demo.enterprise');
    const outside = await get<SearchResult>(enterprise, `/search?q=${encodeURIComponent('无人机')}&kind=course`);
    expect(outside.hits.map((h) => h.title.en)).not.toContain('Demo · Drone operation training');
  });

  it('has the student enrolled with progress and a resume position', async () => {
    const mine = await get<{ items: Course[] }>(student, '/courses?view=mine');
    expect(mine.items.map((c) => c.title.en).sort()).toEqual(['Demo · Drone operation training', 'Demo · Python programming basics']);
    const courseId = mine.items.find((c) => c.title.en === 'Demo · Python programming basics')?.id ?? '';
    const course = await get<CourseDetail>(student, `/courses/${courseId}`);
    const progress = await get<CourseProgress>(student, `/courses/${courseId}/progress`);
    const second = course.units[0]?.items[1];
    expect(progress).toMatchObject({ enrolled: true, completedItems: 1, totalItems: 3, lastItemId: second?.id });
    expect(progress.items.find((i) => i.itemId === second?.id)).toMatchObject({ position: 3, completed: false });
    expect(course.units[1]?.items[0]).toMatchObject({ kind: 'exercise_set', questionCount: 4 });
    const classCourse = mine.items.find((c) => c.target === 'class');
    expect(await get<CourseProgress>(student, `/courses/${classCourse?.id ?? ''}/progress`)).toMatchObject({ enrolled: true, completedItems: 0, totalItems: 4, lastItemId: null });
  });

  it('has two textbooks with editions and sanitized chapters, one overdue for revision', async () => {
    const books = await get<{ items: TextbookSummary[] }>(student, '/textbooks');
    expect(books.items.map((b) => b.title.en).sort()).toEqual(['Demo · Principles of drone flight', 'Demo · Python programming']);
    const python = books.items.find((b) => b.title.en === 'Demo · Python programming');
    const detail = await get<TextbookDetail>(student, `/textbooks/${python?.id ?? ''}`);
    expect(detail.currentEdition).toBe(2);
    expect(detail.editions.map((e) => e.number).sort()).toEqual([1, 2]);
    expect(detail.toc.map((entry) => entry.number)).toEqual(['1', '1.1', '2', '3', '3.1']);
    // the second edition added the loop practice section
    expect(detail.revisions.filter((r) => r.isSubstantive).map((r) => r.edition).sort()).toEqual([1, 1, 2, 2]);
    const chapter = await get<ChapterView>(student, `/textbooks/${detail.id}/chapters/${detail.toc[2]?.id ?? ''}`);
    expect(chapter.chapter.content).toContain('<table>');
    expect(chapter.chapter.content).toContain('演示数据');

    const report = await get<RevisionAgeReport>(college, '/textbooks/revision-age?kind=textbook');
    const overdue = report.rows.filter((row) => row.isOverdue).map((row) => row.title.en);
    expect(overdue).toEqual(['Demo · Principles of drone flight']);
    const drones = report.rows.find((row) => row.title.en === 'Demo · Principles of drone flight');
    expect(drones?.lastSubstantiveRevisionAt.slice(0, 10)).toBe('2023-12-01');
    expect(drones?.ageMonths).toBeGreaterThan(drones?.targetMonths ?? Number.POSITIVE_INFINITY);
  });

  it('has one approved and one pending training record of the teacher', async () => {
    const records = await get<{ items: TrainingRecord[] }>(teacher, '/training/records');
    expect(records.items.map((r) => [r.title, r.status]).sort()).toEqual([
      ['演示·企业实践：无人机整机装调', 'approved'],
      ['演示·信息化教学能力提升研修', 'pending'],
    ]);
    const pending = await get<{ items: TrainingRecord[] }>(college, '/training/records?view=review&status=pending');
    expect(pending.items.map((r) => r.title)).toEqual(['演示·信息化教学能力提升研修']);
    const summary = await get<TrainingSummary>(teacher, '/training/summary');
    expect(summary.years.find((y) => y.year === 2026)).toMatchObject({ totalHours: 40, enterprisePracticeHours: 40 });
  });

  it('does nothing a second time', async () => {
    expect(await seedLearningDemo(t, accounts)).toBeUndefined();
    expect((await get<{ items: Course[] }>(teacher, '/courses?view=teaching')).items).toHaveLength(3);
  });
});

it('generates the same file bytes every time (the simulation zip with fixed dates)', async () => {
  const [a, b] = await Promise.all([demoSimulationPackage('a.zip'), demoSimulationPackage('a.zip')]);
  expect(a.bytes.equals(b.bytes)).toBe(true);
  expect(a.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  for (const resource of demoResources) {
    const [first, second] = await Promise.all([resource.file(), resource.file()]);
    expect(first.bytes.equals(second.bytes), resource.key).toBe(true);
  }
  const pdf = (await demoResources.find((r) => r.type === 'document')?.file())?.bytes.toString('latin1') ?? '';
  // the xref offsets point at the objects
  const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
  expect(pdf.slice(xref, xref + 4)).toBe('xref');
  const firstObject = Number(/0000000000 65535 f \n(\d{10})/.exec(pdf)?.[1]);
  expect(pdf.slice(firstObject, firstObject + 7)).toBe('1 0 obj');
});

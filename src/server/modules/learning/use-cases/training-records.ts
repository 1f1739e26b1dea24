import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Actor } from '../../../platform/authz/actor.js';
import { systemActor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { decodeCursor, toPage } from '../../../platform/paging.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { z } from 'zod';
import type { listTrainingQuerySchema, RecordTrainingInput, TrainingRecord, TrainingReview, TrainingSummary, TrainingYearSummary } from '../../../../shared/contracts/learning/training.js';
import { trainingCategorySchema, trainingStatusSchema } from '../../../../shared/contracts/learning/training.js';
import { summarizeByYear, summarizeYear, trainingPeriodIssue, yearOf } from '../domain/training-hours.js';
import type { CourseCompleted } from '../events.js';
import {
  findTrainingRecord,
  insertCourseTrainingOnce,
  insertTrainingRecord,
  listCountableTraining,
  listTrainingForReview,
  listTrainingOf,
  updateTrainingRecord,
  type TrainingRecordRow,
} from '../teacher-service.repository.js';
import { textbookPermissions } from '../textbooks.policies.js';
import { findUpload } from '../uploads.repository.js';
import { requireUser, userIdOf, type LearningDeps } from './learning-deps.js';
import { teacherCollegeOf } from './textbook-access.js';

export function presentTraining(row: TrainingRecordRow): TrainingRecord {
  return {
    id: row.id,
    teacherUserId: row.teacherUserId,
    teacherName: row.teacherName,
    collegeScope: row.collegeScope,
    source: row.source === 'course' ? 'course' : 'external',
    courseId: row.courseId,
    title: row.title,
    provider: row.provider,
    category: trainingCategorySchema.parse(row.category),
    startDate: row.startDate,
    endDate: row.endDate,
    hours: row.hours,
    evidence: row.evidenceName && row.evidenceMimeType && row.evidenceSize !== null ? { fileName: row.evidenceName, mimeType: row.evidenceMimeType, size: row.evidenceSize } : null,
    status: trainingStatusSchema.parse(row.status),
    reviewNote: row.reviewNote,
    reviewedByName: row.reviewedByName,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The teacher's own completed upload (a document or an image) as evidence. */
async function evidenceOf(db: DbOrTx, uploadId: string | undefined, userId: string) {
  if (uploadId === undefined) return { evidenceHash: null, evidenceName: null, evidenceMimeType: null, evidenceSize: null };
  const upload = await findUpload(db, uploadId);
  const unusable = (reason: string) => new AppError('UPLOAD_NOT_USABLE', { id: uploadId, reason }, [{ field: 'evidenceUploadId', code: 'upload_not_usable' }]);
  if (!upload || upload.userId !== userId) throw new AppError('UPLOAD_NOT_FOUND', { id: uploadId });
  if (upload.status !== 'complete' || upload.fileHash === null) throw unusable('not complete');
  if (upload.resourceType !== 'document' && upload.resourceType !== 'image') throw unusable('evidence is a document or an image');
  return { evidenceHash: upload.fileHash, evidenceName: upload.fileName, evidenceMimeType: upload.mimeType, evidenceSize: upload.totalSize };
}

/** External training a teacher records; it waits for the college administrator. */
export async function recordExternalTraining(deps: LearningDeps, actor: Actor, input: RecordTrainingInput): Promise<TrainingRecord> {
  const user = requireUser(actor);
  const college = teacherCollegeOf(actor);
  if (college === undefined) throw new AppError('TRAINING_NO_COLLEGE');
  await deps.authz.authorize(actor, textbookPermissions.recordTraining, college);
  const issue = trainingPeriodIssue(input.startDate, input.endDate, input.hours);
  if (issue !== undefined) throw new AppError('TRAINING_PERIOD_INVALID', { reason: issue }, [{ field: issue === 'end_before_start' ? 'endDate' : 'hours', code: issue }]);
  const now = deps.now();
  const row: TrainingRecordRow = {
    id: randomUUID(), teacherUserId: user.userId, teacherName: user.displayName, collegeScope: college, source: 'external', courseId: null,
    title: input.title, provider: input.provider, category: input.category, startDate: input.startDate, endDate: input.endDate, year: yearOf(input.endDate), hours: input.hours,
    ...(await evidenceOf(deps.db, input.evidenceUploadId, user.userId)),
    status: 'pending', reviewNote: null, reviewedByName: null, reviewedAt: null, createdAt: now, updatedAt: now,
  };
  await deps.db.transaction(async (tx) => {
    await insertTrainingRecord(tx, row);
    await deps.audit.record(tx, actor, { action: 'learning.training.recorded', entityType: 'learning_training_record', entityId: row.id, scope: college, details: { hours: row.hours, category: row.category, evidence: row.evidenceHash } });
  });
  return presentTraining(row);
}

type ListQuery = z.infer<typeof listTrainingQuerySchema>;

function parseCursor(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  const key = decodeCursor<string>(cursor, 'string');
  if (key === undefined) return undefined;
  const [createdAt, id] = key.split('|');
  if (createdAt === undefined || id === undefined || Number.isNaN(Date.parse(createdAt))) throw new AppError('VALIDATION_FAILED', { summary: 'cursor' }, [{ field: 'cursor', code: 'invalid_cursor' }]);
  return { createdAt: new Date(createdAt), id };
}

export async function listTraining(deps: LearningDeps, actor: Actor, query: ListQuery): Promise<{ items: TrainingRecord[]; nextCursor: string | null }> {
  const cursor = parseCursor(query.cursor);
  let rows: TrainingRecordRow[];
  if (query.view === 'mine') {
    const user = requireUser(actor);
    deps.authz.scopeFilter(actor, textbookPermissions.recordTraining);
    rows = await listTrainingOf(deps.db, user.userId, { status: query.status, source: query.source }, cursor, query.limit);
  } else {
    const filter = deps.authz.scopeFilter(actor, textbookPermissions.reviewTraining);
    rows = await listTrainingForReview(deps.db, filter.kind === 'all' ? undefined : filter.colleges.map((id) => `college:${id}`), { status: query.status, source: query.source }, cursor, query.limit);
  }
  const page = toPage(rows, query.limit, (row) => `${row.createdAt.toISOString()}|${row.id}`);
  return { items: page.items.map(presentTraining), nextCursor: page.nextCursor };
}

/** The college administrator approves or returns (with a reason) a pending external record. */
export async function reviewTraining(deps: LearningDeps, actor: Actor, id: string, decision: TrainingReview): Promise<TrainingRecord> {
  const user = requireUser(actor);
  const existing = await findTrainingRecord(deps.db, id);
  if (!existing) throw new AppError('TRAINING_RECORD_NOT_FOUND', { id });
  await deps.authz.authorize(actor, textbookPermissions.reviewTraining, existing.collegeScope ?? 'national');
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await findTrainingRecord(tx, id, { forUpdate: true });
    if (!row) throw new AppError('TRAINING_RECORD_NOT_FOUND', { id });
    if (row.source !== 'external' || row.status !== 'pending') throw new AppError('TRAINING_NOT_REVIEWABLE', { status: row.status });
    const patch = { status: decision.decision === 'approve' ? 'approved' : 'returned', reviewNote: decision.decision === 'return' ? decision.reason : null, reviewedByName: user.displayName, reviewedAt: now, updatedAt: now };
    await updateTrainingRecord(tx, id, patch);
    await deps.audit.record(tx, actor, { action: `learning.training.${decision.decision === 'approve' ? 'approved' : 'returned'}`, entityType: 'learning_training_record', entityId: id, scope: row.collegeScope ?? 'national', details: { hours: row.hours, reason: patch.reviewNote } });
    return presentTraining({ ...row, ...patch });
  });
}

/** The teacher's own summary by year and category. */
export async function mySummary(deps: LearningDeps, actor: Actor): Promise<TrainingSummary> {
  const user = requireUser(actor);
  deps.authz.scopeFilter(actor, textbookPermissions.recordTraining);
  const records = await listCountableTraining(deps.db, user.userId, undefined);
  return { teacherUserId: user.userId, years: summarizeByYear(records.map((record) => ({ ...record, category: trainingCategorySchema.parse(record.category) }))) };
}

/** For the teachers module: approved hours of one teacher in one year. */
export async function trainingHoursFor(db: DbOrTx, teacherUserId: string, year: number): Promise<TrainingYearSummary> {
  const records = await listCountableTraining(db, teacherUserId, year);
  return summarizeYear(records.map((record) => ({ ...record, category: trainingCategorySchema.parse(record.category) })), year);
}

/** The evidence file, for its teacher and for the college administrators who review it. */
export async function openTrainingEvidence(deps: LearningDeps, actor: Actor, id: string): Promise<{ stream: Readable; fileName: string; mimeType: string; size: number }> {
  requireUser(actor);
  const row = await findTrainingRecord(deps.db, id);
  if (!row) throw new AppError('TRAINING_RECORD_NOT_FOUND', { id });
  if (userIdOf(actor) !== row.teacherUserId) await deps.authz.authorize(actor, textbookPermissions.reviewTraining, row.collegeScope ?? 'national');
  if (row.evidenceHash === null || row.evidenceName === null || row.evidenceMimeType === null || row.evidenceSize === null) throw new AppError('TRAINING_HAS_NO_EVIDENCE');
  return { stream: await deps.files.get(row.evidenceHash), fileName: row.evidenceName, mimeType: row.evidenceMimeType, size: row.evidenceSize };
}

/** What the CourseCompleted handler needs (fakes in tests). */
export type CourseCompletedDeps = {
  transaction<T>(work: (tx: DbOrTx) => Promise<T>): Promise<T>;
  audit: Pick<LearningDeps['audit'], 'record'>;
  log: { info(details: object, message: string): void };
  /** The course's title, when the course tables can tell it. */
  courseTitle?: (courseId: string) => Promise<Record<string, string> | undefined>;
};

const platform = systemActor('learning');

/**
 * A completed teacher-development course becomes an approved training record, once per course
 * and teacher (a redelivered or repeated event changes nothing). Student courses carry no hours.
 */
export async function recordCompletedCourse(deps: CourseCompletedDeps, event: CourseCompleted): Promise<boolean> {
  if (event.audience !== 'teachers' || event.trainingHours <= 0) return false;
  const completedOn = event.completedAt.slice(0, 10);
  const title = (await deps.courseTitle?.(event.courseId)) ?? {};
  const now = new Date(event.completedAt);
  const row: TrainingRecordRow = {
    id: randomUUID(), teacherUserId: event.userId, teacherName: event.learnerName, collegeScope: event.collegeScope, source: 'course', courseId: event.courseId,
    title: title['zh-CN'] || title.en || event.courseId, provider: 'Luban', category: 'professional_skills', startDate: completedOn, endDate: completedOn,
    year: yearOf(completedOn), hours: event.trainingHours, evidenceHash: null, evidenceName: null, evidenceMimeType: null, evidenceSize: null,
    status: 'approved', reviewNote: null, reviewedByName: null, reviewedAt: now, createdAt: now, updatedAt: now,
  };
  return deps.transaction(async (tx) => {
    const isNew = await insertCourseTrainingOnce(tx, row);
    if (isNew) await deps.audit.record(tx, platform, { action: 'learning.training.course_completed', entityType: 'learning_training_record', entityId: row.id, scope: `user:${event.userId}`, details: { courseId: event.courseId, hours: event.trainingHours } });
    else deps.log.info({ courseId: event.courseId, userId: event.userId }, 'course training already recorded');
    return isNew;
  });
}

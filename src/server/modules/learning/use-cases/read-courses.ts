import type { Actor } from '../../../platform/authz/actor.js';
import { decodeCursor, encodeCursor } from '../../../platform/paging.js';
import type { Course, CourseDetail, CourseUnit } from '../../../../shared/contracts/learning/courses.js';
import { resourceTypeSchema } from '../../../../shared/contracts/learning/resources.js';
import { allItems, type CourseStructure } from '../domain/course-structure.js';
import { canReadCourse } from '../domain/course-access.js';
import { coursePermissions } from '../course.policies.js';
import { countItems, findExerciseSetsByIds, findResourcesByIds, listCoursesCreatedBy, listEnrolledCourses, listOpenCourses, type CourseRow, type ListCursor } from '../courses.repository.js';
import type { DbOrTx } from '../../../db/open-db.js';
import { courseReachOf, courseState, loadReadableCourse, presentCourse } from './course-deps.js';
import { requireUser, type LearningDeps } from './learning-deps.js';
import { loadStructure } from './manage-courses.js';

/** Units and items with what each item points to (title, resource type, question count). */
export async function presentUnits(db: DbOrTx, structure: CourseStructure): Promise<CourseUnit[]> {
  const items = allItems(structure);
  const [resources, sets] = await Promise.all([
    findResourcesByIds(db, items.flatMap((item) => (item.resourceId ? [item.resourceId] : []))),
    findExerciseSetsByIds(db, items.flatMap((item) => (item.exerciseSetId ? [item.exerciseSetId] : []))),
  ]);
  const resourceById = new Map(resources.map((row) => [row.id, row]));
  const setById = new Map(sets.map((row) => [row.id, row]));
  return structure.units.map((unit) => ({
    id: unit.id,
    title: unit.title,
    opensAt: unit.opensAt?.toISOString() ?? null,
    dueAt: unit.dueAt?.toISOString() ?? null,
    items: (structure.itemsByUnit.get(unit.id) ?? []).map((item) => {
      const resource = item.resourceId ? resourceById.get(item.resourceId) : undefined;
      const set = item.exerciseSetId ? setById.get(item.exerciseSetId) : undefined;
      return {
        id: item.id,
        kind: item.kind,
        resourceId: item.resourceId,
        resourceType: resource ? resourceTypeSchema.parse(resource.type) : null,
        exerciseSetId: item.exerciseSetId,
        title: resource?.title ?? set?.title ?? {},
        questionCount: set ? set.questionCount : null,
      };
    }),
  }));
}

export async function getCourseDetail(deps: LearningDeps, actor: Actor, id: string): Promise<CourseDetail> {
  const { row, reach } = await loadReadableCourse(deps, actor, id);
  const structure = await loadStructure(deps.db, id);
  const units = await presentUnits(deps.db, structure);
  return { ...presentCourse(row, reach, allItems(structure).length), units };
}

function decodeListCursor(cursor: string | undefined): ListCursor {
  const key = decodeCursor<string>(cursor, 'string');
  if (key === undefined) return undefined;
  const [time, id] = key.split('|');
  return time && id ? { time: new Date(time), id } : undefined;
}

export type CourseListQuery = { view: 'mine' | 'teaching' | 'open'; fine?: '1' | undefined; cursor?: string | undefined; limit: number };

/** Courses I take (enrolled), teach (created), or may join (published open courses). */
export async function listCourses(deps: LearningDeps, actor: Actor, query: CourseListQuery): Promise<{ items: Course[]; nextCursor: string | null }> {
  const user = requireUser(actor);
  const cursor = decodeListCursor(query.cursor);
  let rows: { row: CourseRow; key: Date }[];
  if (query.view === 'teaching') {
    deps.authz.scopeFilter(actor, coursePermissions.authorCourses);
    rows = (await listCoursesCreatedBy(deps.db, user.userId, cursor, query.limit)).map((row) => ({ row, key: row.updatedAt }));
  } else if (query.view === 'mine') {
    deps.authz.scopeFilter(actor, coursePermissions.readCourses);
    rows = (await listEnrolledCourses(deps.db, user.userId, cursor, query.limit)).map(({ course, enrolment }) => ({ row: course, key: enrolment.updatedAt }));
  } else {
    deps.authz.scopeFilter(actor, coursePermissions.readCourses);
    rows = (await listOpenCourses(deps.db, { fineOnly: query.fine === '1' }, cursor, query.limit)).map((row) => ({ row, key: row.publishedAt ?? row.updatedAt }));
  }
  const page = rows.slice(0, query.limit);
  const counts = await countItems(deps.db, page.map(({ row }) => row.id));
  const items: Course[] = [];
  for (const { row } of page) {
    const reach = await courseReachOf(deps, actor, row);
    // an enrolment in a course that was since moved to another class is not shown
    if (!canReadCourse(courseState(row), reach)) continue;
    items.push(presentCourse(row, reach, counts.get(row.id) ?? 0));
  }
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(`${last.key.toISOString()}|${last.row.id}`) : null };
}

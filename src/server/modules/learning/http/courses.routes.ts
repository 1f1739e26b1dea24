import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  answerInputSchema,
  answerResultSchema,
  attemptSchema,
  classMembersSchema,
  classSchema,
  courseDetailSchema,
  courseItemParamSchema,
  coursePageSchema,
  courseParamSchema,
  courseProgressSchema,
  createClassSchema,
  createCourseSchema,
  createExerciseSetSchema,
  exerciseSetSchema,
  exerciseSetSummarySchema,
  exerciseSheetSchema,
  fineFlagSchema,
  listCoursesQuerySchema,
  progressInputSchema,
  structureChangeSchema,
  updateCourseSchema,
} from '../../../../shared/contracts/learning/courses.js';
import { createClass, listClasses, replaceClassMembers } from '../use-cases/classes.js';
import { answerExercise, createExerciseSet, getExerciseSet, getExerciseSheet, listMyExerciseSets, startAttempt } from '../use-cases/exercises.js';
import { enrolInCourse, getCourseProgress, launchItem, saveItemProgress } from '../use-cases/learn-courses.js';
import type { LearningDeps } from '../use-cases/learning-deps.js';
import { changeStructure, createCourse, editCourse, flagFineCourse, publishCourse } from '../use-cases/manage-courses.js';
import { getCourseDetail, listCourses } from '../use-cases/read-courses.js';

const tags = ['learning: courses'];
const idParam = z.object({ id: z.uuid() });

/** /api/v1/learning/courses: course building, publication, enrolment, progress, exercises; exercise sets and class rosters. */
export function createCourseRoutes(deps: LearningDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/courses', { schema: { tags, summary: 'Create a course (draft) in my college', body: createCourseSchema, response: { 201: courseDetailSchema } } }, async (request, reply) => {
      const id = await createCourse(deps, request.actor, request.body);
      return reply.status(201).send(await getCourseDetail(deps, request.actor, id));
    });
    app.get('/courses', { schema: { tags, summary: 'Courses I take, teach, or may join', querystring: listCoursesQuerySchema, response: { 200: coursePageSchema } } }, async (request) =>
      listCourses(deps, request.actor, request.query),
    );
    app.get('/courses/:id', { schema: { tags, summary: 'A course with its units and items', params: courseParamSchema, response: { 200: courseDetailSchema } } }, async (request) =>
      getCourseDetail(deps, request.actor, request.params.id),
    );
    app.patch('/courses/:id', { schema: { tags, summary: 'Edit metadata and the publication target (not a substantive revision)', params: courseParamSchema, body: updateCourseSchema, response: { 200: courseDetailSchema } } }, async (request) => {
      await editCourse(deps, request.actor, request.params.id, request.body);
      return getCourseDetail(deps, request.actor, request.params.id);
    });
    app.post('/courses/:id/structure', { schema: { tags, summary: 'Change units and items by operations (add, move, remove, schedule), all or nothing', params: courseParamSchema, body: structureChangeSchema, response: { 200: courseDetailSchema } } }, async (request) => {
      await changeStructure(deps, request.actor, request.params.id, request.body.operations);
      return getCourseDetail(deps, request.actor, request.params.id);
    });
    app.post('/courses/:id/publish', { schema: { tags, summary: 'Publish (or re-publish) to the course’s class or openly; indexes it for search', params: courseParamSchema, response: { 200: courseDetailSchema } } }, async (request) => {
      await publishCourse(deps, request.actor, request.params.id);
      return getCourseDetail(deps, request.actor, request.params.id);
    });
    app.put('/courses/:id/fine', { schema: { tags, summary: 'Flag or unflag a published open course as a fine course (reviewers)', params: courseParamSchema, body: fineFlagSchema, response: { 200: courseDetailSchema } } }, async (request) => {
      await flagFineCourse(deps, request.actor, request.params.id, request.body.isFine);
      return getCourseDetail(deps, request.actor, request.params.id);
    });
    app.post('/courses/:id/enrolment', { schema: { tags, summary: 'Enrol in a published course', params: courseParamSchema, response: { 200: courseProgressSchema } } }, async (request) =>
      enrolInCourse(deps, request.actor, request.params.id),
    );
    app.get('/courses/:id/progress', { schema: { tags, summary: 'My progress and where to resume', params: courseParamSchema, response: { 200: courseProgressSchema } } }, async (request) =>
      getCourseProgress(deps, request.actor, request.params.id),
    );
    app.post('/courses/:id/items/:itemId/launch', { schema: { tags, summary: 'Open an item (records "launched" and the resume point)', params: courseItemParamSchema, response: { 200: courseProgressSchema } } }, async (request) =>
      launchItem(deps, request.actor, request.params.id, request.params.itemId),
    );
    app.put('/courses/:id/items/:itemId/progress', { schema: { tags, summary: 'Save my position in an item, or complete it', params: courseItemParamSchema, body: progressInputSchema, response: { 200: courseProgressSchema } } }, async (request) =>
      saveItemProgress(deps, request.actor, request.params.id, request.params.itemId, request.body),
    );
    app.get('/courses/:id/items/:itemId/exercises', { schema: { tags, summary: 'The questions of an exercise item (never the answers) and my latest attempt', params: courseItemParamSchema, response: { 200: exerciseSheetSchema } } }, async (request) =>
      getExerciseSheet(deps, request.actor, request.params.id, request.params.itemId),
    );
    app.post('/courses/:id/items/:itemId/attempts', { schema: { tags, summary: 'Start an attempt (or continue the open one)', params: courseItemParamSchema, response: { 200: attemptSchema } } }, async (request) =>
      startAttempt(deps, request.actor, request.params.id, request.params.itemId),
    );
    app.post('/courses/:id/items/:itemId/answers', { schema: { tags, summary: 'Answer one question: immediate feedback (right or wrong, the answer, the explanation)', params: courseItemParamSchema, body: answerInputSchema, response: { 200: answerResultSchema } } }, async (request) =>
      answerExercise(deps, request.actor, request.params.id, request.params.itemId, request.body),
    );

    app.post('/courses/exercise-sets', { schema: { tags, summary: 'Create an exercise set with its questions, answers, knowledge points and difficulty', body: createExerciseSetSchema, response: { 201: exerciseSetSchema } } }, async (request, reply) => {
      const id = await createExerciseSet(deps, request.actor, request.body);
      return reply.status(201).send(await getExerciseSet(deps, request.actor, id));
    });
    app.get('/courses/exercise-sets', { schema: { tags, summary: 'My exercise sets', response: { 200: z.object({ items: z.array(exerciseSetSummarySchema) }) } } }, async (request) => ({
      items: await listMyExerciseSets(deps, request.actor),
    }));
    app.get('/courses/exercise-sets/:id', { schema: { tags, summary: 'One of my exercise sets, answers included', params: idParam, response: { 200: exerciseSetSchema } } }, async (request) =>
      getExerciseSet(deps, request.actor, request.params.id),
    );

    app.post('/courses/classes', { schema: { tags, summary: 'Create a class roster in my college', body: createClassSchema, response: { 201: classSchema } } }, async (request, reply) =>
      reply.status(201).send(await createClass(deps, request.actor, request.body)),
    );
    app.get('/courses/classes', { schema: { tags, summary: 'Class rosters of my college', response: { 200: z.object({ items: z.array(classSchema) }) } } }, async (request) => ({ items: await listClasses(deps, request.actor) }));
    app.put('/courses/classes/:id/members', { schema: { tags, summary: 'Replace a class’s members (user ids)', params: idParam, body: classMembersSchema, response: { 200: classSchema } } }, async (request) =>
      replaceClassMembers(deps, request.actor, request.params.id, request.body.memberIds),
    );
  };
}

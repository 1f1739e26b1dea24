import type { CourseDetail, CourseItem, CourseProgress, CourseUnit } from '../../../../shared/contracts/learning/courses.js';

/** A unit is closed until its opening time. */
export function isUnitOpen(unit: Pick<CourseUnit, 'opensAt'>, now: Date): boolean {
  return unit.opensAt === null || new Date(unit.opensAt) <= now;
}

/** The items of open units, in course order (what "previous" and "next" walk through). */
export function openItems(course: Pick<CourseDetail, 'units'>, now: Date): CourseItem[] {
  return course.units.filter((unit) => isUnitOpen(unit, now)).flatMap((unit) => unit.items);
}

export type CurrentItem = { item: CourseItem | undefined; isResumed: boolean };

/**
 * The item to show: the one in the address (`?item=`), else where the learner left off (the
 * server's resume position), else the first open item. Items of closed units are never chosen.
 */
export function chooseCurrentItem(course: Pick<CourseDetail, 'units'>, progress: Pick<CourseProgress, 'lastItemId'> | undefined, requested: string | null, now: Date): CurrentItem {
  const items = openItems(course, now);
  const requestedItem = requested ? items.find((item) => item.id === requested) : undefined;
  if (requestedItem) return { item: requestedItem, isResumed: false };
  const resumed = progress?.lastItemId ? items.find((item) => item.id === progress.lastItemId) : undefined;
  if (resumed) return { item: resumed, isResumed: true };
  return { item: items[0], isResumed: false };
}

/** 75 → "1:15". */
export function formatPlaybackTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

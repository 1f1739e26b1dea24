import { createHash } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import type { StructureOperation } from '../../../../shared/contracts/learning/courses.js';

/** A course's units and items in order, as the builder edits them (pure: no I/O). */
export type UnitNode = { id: string; title: Record<string, string>; opensAt: Date | null; dueAt: Date | null };
export type ItemNode = { id: string; unitId: string; kind: 'resource' | 'exercise_set'; resourceId: string | null; exerciseSetId: string | null };
export type CourseStructure = { units: UnitNode[]; itemsByUnit: Map<string, ItemNode[]> };

export function structureOf(units: readonly (UnitNode & { position: number })[], items: readonly (ItemNode & { position: number })[]): CourseStructure {
  const ordered = [...units].sort((a, b) => a.position - b.position);
  const itemsByUnit = new Map<string, ItemNode[]>(ordered.map((unit) => [unit.id, []]));
  for (const item of [...items].sort((a, b) => a.position - b.position)) itemsByUnit.get(item.unitId)?.push(item);
  return { units: ordered.map(({ id, title, opensAt, dueAt }) => ({ id, title, opensAt, dueAt })), itemsByUnit };
}

function insertAt<T>(list: T[], value: T, index: number | undefined): void {
  list.splice(index === undefined ? list.length : Math.min(index, list.length), 0, value);
}

function unitIndex(structure: CourseStructure, unitId: string, field: string): number {
  const index = structure.units.findIndex((unit) => unit.id === unitId);
  if (index < 0) throw new AppError('COURSE_UNIT_NOT_FOUND', { id: unitId }, [{ field, code: 'unknown_unit' }]);
  return index;
}

function findItem(structure: CourseStructure, itemId: string, field: string): { list: ItemNode[]; index: number } {
  for (const list of structure.itemsByUnit.values()) {
    const index = list.findIndex((item) => item.id === itemId);
    if (index >= 0) return { list, index };
  }
  throw new AppError('COURSE_ITEM_NOT_FOUND', { id: itemId }, [{ field, code: 'unknown_item' }]);
}

/**
 * Applies one builder operation in place; `field` names the operation in errors
 * (`operations.3.unitId`). New units and items take ids from `newId`.
 */
export function applyOperation(structure: CourseStructure, operation: StructureOperation, field: string, newId: () => string): void {
  switch (operation.op) {
    case 'addUnit': {
      const unit: UnitNode = { id: newId(), title: operation.title, opensAt: null, dueAt: null };
      insertAt(structure.units, unit, operation.toIndex);
      structure.itemsByUnit.set(unit.id, []);
      return;
    }
    case 'editUnit': {
      const unit = structure.units[unitIndex(structure, operation.unitId, `${field}.unitId`)];
      if (!unit) return;
      if (operation.title !== undefined) unit.title = operation.title;
      if (operation.opensAt !== undefined) unit.opensAt = operation.opensAt === null ? null : new Date(operation.opensAt);
      if (operation.dueAt !== undefined) unit.dueAt = operation.dueAt === null ? null : new Date(operation.dueAt);
      if (unit.opensAt && unit.dueAt && unit.dueAt <= unit.opensAt) throw new AppError('COURSE_SCHEDULE_INVALID', {}, [{ field: `${field}.dueAt`, code: 'due_before_open' }]);
      return;
    }
    case 'moveUnit': {
      const [unit] = structure.units.splice(unitIndex(structure, operation.unitId, `${field}.unitId`), 1);
      if (unit) insertAt(structure.units, unit, operation.toIndex);
      return;
    }
    case 'removeUnit': {
      structure.units.splice(unitIndex(structure, operation.unitId, `${field}.unitId`), 1);
      structure.itemsByUnit.delete(operation.unitId);
      return;
    }
    case 'addResource':
    case 'addExerciseSet': {
      unitIndex(structure, operation.unitId, `${field}.unitId`);
      const item: ItemNode =
        operation.op === 'addResource'
          ? { id: newId(), unitId: operation.unitId, kind: 'resource', resourceId: operation.resourceId, exerciseSetId: null }
          : { id: newId(), unitId: operation.unitId, kind: 'exercise_set', resourceId: null, exerciseSetId: operation.exerciseSetId };
      insertAt(structure.itemsByUnit.get(operation.unitId) ?? [], item, operation.toIndex);
      return;
    }
    case 'moveItem': {
      unitIndex(structure, operation.unitId, `${field}.unitId`);
      const { list, index } = findItem(structure, operation.itemId, `${field}.itemId`);
      const [item] = list.splice(index, 1);
      if (!item) return;
      item.unitId = operation.unitId;
      insertAt(structure.itemsByUnit.get(operation.unitId) ?? [], item, operation.toIndex);
      return;
    }
    case 'removeItem': {
      const { list, index } = findItem(structure, operation.itemId, `${field}.itemId`);
      list.splice(index, 1);
      return;
    }
  }
}

export function allItems(structure: CourseStructure): ItemNode[] {
  return structure.units.flatMap((unit) => structure.itemsByUnit.get(unit.id) ?? []);
}

/**
 * What a learner meets, in order: units (titles, schedule) and what each item points to. Two
 * publications with the same hash did not change the course substantively.
 */
export function structureHash(structure: CourseStructure): string {
  const shape = structure.units.map((unit) => ({
    title: unit.title,
    opensAt: unit.opensAt?.toISOString() ?? null,
    dueAt: unit.dueAt?.toISOString() ?? null,
    items: (structure.itemsByUnit.get(unit.id) ?? []).map((item) => item.resourceId ?? item.exerciseSetId),
  }));
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}

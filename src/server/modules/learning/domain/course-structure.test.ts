import { describe, expect, it } from 'vitest';
import { allItems, applyOperation, structureHash, structureOf } from './course-structure.js';

const ids = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

describe('course structure operations', () => {
  it('adds, moves between units and removes; the hash follows items but not the ids of moves back', () => {
    const newId = ids();
    const structure = structureOf([], []);
    applyOperation(structure, { op: 'addUnit', title: { en: 'A' } }, 'operations.0', newId);
    applyOperation(structure, { op: 'addUnit', title: { en: 'B' }, toIndex: 0 }, 'operations.1', newId);
    const [b, a] = structure.units;
    if (!a || !b) throw new Error('units');
    expect(structure.units.map((unit) => unit.title.en)).toEqual(['B', 'A']);
    const resourceId = '11111111-1111-4111-8111-111111111111';
    applyOperation(structure, { op: 'addResource', unitId: a.id, resourceId }, 'operations.2', newId);
    applyOperation(structure, { op: 'addExerciseSet', unitId: a.id, exerciseSetId: '22222222-2222-4222-8222-222222222222', toIndex: 0 }, 'operations.3', newId);
    const before = structureHash(structure);
    const [first] = allItems(structure);
    if (!first) throw new Error('item');
    applyOperation(structure, { op: 'moveItem', itemId: first.id, unitId: b.id, toIndex: 0 }, 'operations.4', newId);
    expect(structure.itemsByUnit.get(b.id)?.map((item) => item.kind)).toEqual(['exercise_set']);
    expect(structureHash(structure)).not.toBe(before);
    applyOperation(structure, { op: 'moveItem', itemId: first.id, unitId: a.id, toIndex: 0 }, 'operations.5', newId);
    expect(structureHash(structure)).toBe(before);
    applyOperation(structure, { op: 'removeUnit', unitId: a.id }, 'operations.6', newId);
    expect(allItems(structure)).toEqual([]);
  });

  it('names the operation and field of an unknown unit or item, and of a due date before the opening', () => {
    const newId = ids();
    const structure = structureOf([], []);
    expect(() => applyOperation(structure, { op: 'removeItem', itemId: newId() }, 'operations.2', newId)).toThrow(expect.objectContaining({ code: 'COURSE_ITEM_NOT_FOUND', fieldIssues: [expect.objectContaining({ field: 'operations.2.itemId' })] }));
    applyOperation(structure, { op: 'addUnit', title: { en: 'A' } }, 'operations.0', newId);
    const unitId = structure.units[0]?.id ?? '';
    expect(() => applyOperation(structure, { op: 'editUnit', unitId, opensAt: '2026-03-02T00:00:00Z', dueAt: '2026-03-01T00:00:00Z' }, 'operations.1', newId)).toThrow(expect.objectContaining({ code: 'COURSE_SCHEDULE_INVALID' }));
  });
});

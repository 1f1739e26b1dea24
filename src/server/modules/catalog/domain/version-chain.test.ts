import { describe, expect, it } from 'vitest';
import { amplitudeFrame, currentVersionId, pathBetween, type ChainVersion } from './version-chain.js';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const v = (id: string, previousVersionId: string | null, editionId: string, year: number, isSample = false): ChainVersion => ({
  id, previousVersionId, kind: id === editionId ? 'edition' : 'supplement', editionId, isSample, year, createdAt: at(year - 2000),
});
const versions = [
  v('2021', null, '2021', 2021), v('2024S', '2021', '2021', 2024), v('2025S', '2024S', '2021', 2025), v('2026', '2025S', '2026', 2026),
  v('SAMPLE-2021', null, 'SAMPLE-2021', 2021, true), v('SAMPLE-2024S', 'SAMPLE-2021', 'SAMPLE-2021', 2024, true),
];

describe('pathBetween', () => {
  it('lists the versions crossed forward and backward', () => {
    expect(pathBetween(versions, '2021', '2025S')?.versions.map((x) => x.id)).toEqual(['2024S', '2025S']);
    expect(pathBetween(versions, '2025S', '2021')).toMatchObject({ direction: 'backward' });
    expect(pathBetween(versions, '2025S', '2021')?.versions.map((x) => x.id)).toEqual(['2025S', '2024S']);
    expect(pathBetween(versions, '2021', '2021')).toEqual({ direction: 'none', versions: [] });
  });
  it('refuses versions on different chains or unknown ones', () => {
    expect(pathBetween(versions, '2021', 'SAMPLE-2024S')).toBeUndefined();
    expect(pathBetween(versions, '2021', 'nope')).toBeUndefined();
  });
});

describe('currentVersionId', () => {
  it('prefers the newest official chain end over samples', () => {
    expect(currentVersionId(versions)).toBe('2026');
    expect(currentVersionId(versions.filter((x) => x.isSample))).toBe('SAMPLE-2024S');
    expect(currentVersionId([])).toBeUndefined();
  });
});

describe('amplitudeFrame', () => {
  it('measures a new edition against the old edition and all its supplements', () => {
    const frame = amplitudeFrame(versions, '2026', undefined);
    expect(frame?.against.id).toBe('2025S');
    expect(frame?.between.map((x) => x.id)).toEqual(['2026']);
    expect(frame?.oldEdition.map((x) => x.id)).toEqual(['2025S', '2024S', '2021']);
  });
  it('can compare with an earlier version, and needs a previous one', () => {
    expect(amplitudeFrame(versions, '2025S', '2021')?.between.map((x) => x.id)).toEqual(['2024S', '2025S']);
    expect(amplitudeFrame(versions, '2021', undefined)).toBeUndefined();
    expect(amplitudeFrame(versions, '2021', '2025S')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { drillLevel, drillTo, readDrillState, writeDrillState } from './dashboard-view.js';

describe('dashboard drill state', () => {
  it('reads a linked view and drops what does not parse', () => {
    const state = readDrillState(new URLSearchParams('year=2024&province=440000&college=DEMO-GD-01&level=higher&snapshot=first&offering=DEMO-GD-01:510201'));
    expect(state).toEqual({ view: { year: 2024, province: '440000', college: 'DEMO-GD-01', level: 'higher', snapshot: 'first' }, offeringId: 'DEMO-GD-01:510201' });
    expect(drillLevel(state)).toBe('offering');
    const mangled = readDrillState(new URLSearchParams('year=soon&province=44&level=phd&offering=x'));
    expect(mangled).toEqual({ view: {}, offeringId: null });
    expect(drillLevel(mangled)).toBe('national');
  });

  it('ignores an offering without its college', () => {
    expect(readDrillState(new URLSearchParams('province=440000&offering=DEMO-GD-01:510201')).offeringId).toBeNull();
  });

  it('drills national → province → college → offering and back, keeping the filters', () => {
    const national = readDrillState(new URLSearchParams('year=2024&level=higher'));
    const province = drillTo(national, { province: '440000' });
    expect(drillLevel(province)).toBe('province');
    const college = drillTo(province, { college: 'DEMO-GD-01' });
    expect(college.view).toEqual({ year: 2024, level: 'higher', province: '440000', college: 'DEMO-GD-01' });
    const offering = drillTo(college, { college: 'DEMO-GD-01', offeringId: 'DEMO-GD-01:510201' });
    expect(writeDrillState(offering).toString()).toBe('year=2024&province=440000&college=DEMO-GD-01&level=higher&offering=DEMO-GD-01%3A510201');
    expect(drillTo(offering, { province: '440000' })).toEqual({ view: { year: 2024, level: 'higher', province: '440000' }, offeringId: null });
    expect(drillTo(offering, 'national')).toEqual({ view: { year: 2024, level: 'higher' }, offeringId: null });
  });
});

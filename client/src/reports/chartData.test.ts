import { describe, expect, it } from 'vitest';
import { hoursByOrganization, monthlyHoursByCategory, monthsBetween, occupancyHeatMap } from './chartData.js';

const row = (hours: number, ...keys: Array<[string, string, string?]>) => ({
  hours,
  keys: keys.map(([dimension, value, label]) => ({ dimension, value, label: label ?? value })),
});

describe('the report charts’ data', () => {
  it('lists every month of the period, across a new year', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-03-01', '2027-03-31')).toEqual(['2027-03']);
  });

  it('stacks hours per month by category, empty months as zero, the biggest category first', () => {
    const rows = [
      row(4, ['MONTH', '2027-01'], ['CATEGORY', 'CHOIR']),
      row(2.5, ['MONTH', '2027-03'], ['CATEGORY', 'CHOIR']),
      row(10, ['MONTH', '2027-03'], ['CATEGORY', 'LANGUAGE_COURSE']),
    ];
    expect(monthlyHoursByCategory(rows, ['2027-01', '2027-02', '2027-03'])).toEqual([
      { category: 'LANGUAGE_COURSE', hours: [0, 0, 10] },
      { category: 'CHOIR', hours: [4, 0, 2.5] },
    ]);
  });

  it('ranks MOs by hours and leaves out those without any', () => {
    const rows = [
      row(3, ['ORGANIZATION', 'a', 'Chor Kalyna']),
      row(12, ['ORGANIZATION', 'b', 'Deutschkurs']),
      row(0, ['ORGANIZATION', 'c', 'Leer']),
    ];
    expect(hoursByOrganization(rows)).toEqual([
      { name: 'Deutschkurs', hours: 12 },
      { name: 'Chor Kalyna', hours: 3 },
    ]);
  });

  it('weighs the heat map by open time across rooms, or shows one room', () => {
    const rooms = [
      { roomId: 'hall', cells: [{ weekday: 2, hour: 18, openHours: 10, bookedHours: 10 }] },
      {
        roomId: 'office',
        cells: [
          { weekday: 2, hour: 18, openHours: 10, bookedHours: 0 },
          { weekday: 1, hour: 9, openHours: 10, bookedHours: 5 },
        ],
      },
    ];
    const all = occupancyHeatMap(rooms, null);
    expect(all.weekdays).toEqual([1, 2]);
    expect(all.hours).toEqual([9, 18]);
    expect(all.cells.find((cell) => cell.weekday === 2)).toMatchObject({ share: 0.5, openHours: 20, bookedHours: 10 });
    expect(occupancyHeatMap(rooms, 'hall').cells).toEqual([{ weekday: 2, hour: 18, share: 1, openHours: 10, bookedHours: 10 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { housesWithOrganizations, mapLink } from './houses.js';

const zschochersche = { id: 'h1', name: 'KolLEktiv Zschochersche Straße', address: 'Zschochersche Str. 50, 04229 Leipzig' };
const east = { id: 'h2', name: 'Haus Ost', address: 'Musterstraße 12, 04315 Leipzig' };

describe('the houses for a first visit', () => {
  it('links an address to OpenStreetMap’s search, encoded', () => {
    expect(mapLink('Zschochersche Str. 50, 04229 Leipzig')).toBe(
      'https://www.openstreetmap.org/search?query=Zschochersche%20Str.%2050%2C%2004229%20Leipzig',
    );
    expect(mapLink('Straße & Hof #2')).toBe('https://www.openstreetmap.org/search?query=Stra%C3%9Fe%20%26%20Hof%20%232');
  });

  it('puts each organisation under every house it meets in, and keeps a house where none meets', () => {
    const choir = { shortName: 'Kalyna', name: 'Chor Kalyna', houses: [{ id: 'h1' }] };
    const salsa = { shortName: 'Salsa', name: 'Salsa Leipzig', houses: [{ id: 'h1' }, { id: 'h3' }] };
    const quiet = { shortName: 'Still', name: 'Stille Gruppe', houses: [] };
    const grouped = housesWithOrganizations([zschochersche, east], [choir, salsa, quiet]);
    expect(grouped.map((house) => [house.name, house.organizations.map((organization) => organization.shortName)])).toEqual([
      ['KolLEktiv Zschochersche Straße', ['Kalyna', 'Salsa']],
      ['Haus Ost', []],
    ]);
  });
});

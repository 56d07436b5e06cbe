/**
 * The houses as a first visitor needs them: the address, a map link, and which organisations meet there. Pure,
 * so the grouping and the link are tested without a page.
 */

export interface HouseFacts {
  id: string;
  name: string;
  address: string;
}

export interface OrganizationInHouses {
  shortName: string;
  name: string;
  houses: ReadonlyArray<{ id: string }>;
}

export interface HouseWithOrganizations<O extends OrganizationInHouses> extends HouseFacts {
  /** The organisations with public dates in this house, in the order given (by name from the server). */
  organizations: O[];
}

/**
 * A plain link to OpenStreetMap's search for the address: no map is embedded and no script of another site
 * runs here (the app's CSP allows neither); the visitor's browser leaves for the map when they ask for it.
 */
export function mapLink(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** Every house, each with the organisations that meet there; a house where none does is listed all the same. */
export function housesWithOrganizations<O extends OrganizationInHouses>(
  houses: readonly HouseFacts[],
  organizations: readonly O[],
): Array<HouseWithOrganizations<O>> {
  return houses.map((house) => ({
    ...house,
    organizations: organizations.filter((organization) => organization.houses.some((meetsIn) => meetsIn.id === house.id)),
  }));
}

import type { DataSource } from 'typeorm';
import { Location } from './location.entity.js';
import { Room } from './room.entity.js';

export class LocationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Locations in display order with their active rooms; `onlyIds` narrows them (a wall display reads its own). */
  async listLocations(onlyIds: string[] | null = null): Promise<Location[]> {
    const query = this.dataSource
      .getRepository(Location)
      .createQueryBuilder('location')
      .leftJoinAndSelect('location.rooms', 'room', 'room.active')
      .orderBy('location.sort_order')
      .addOrderBy('location.name')
      .addOrderBy('room.sort_order')
      .addOrderBy('room.name');
    if (onlyIds) query.where('location.id IN (:...onlyIds)', { onlyIds });
    return query.getMany();
  }

  async locationsByIds(ids: readonly string[]): Promise<Location[]> {
    return this.dataSource
      .getRepository(Location)
      .createQueryBuilder('location')
      .whereInIds([...ids])
      .getMany();
  }

  async activeRoomsOfLocations(locationIds: readonly string[]): Promise<Room[]> {
    return this.dataSource
      .getRepository(Room)
      .createQueryBuilder('room')
      .where('room.location_id IN (:...locationIds)', { locationIds: [...locationIds] })
      .andWhere('room.active')
      .orderBy('room.sort_order')
      .addOrderBy('room.name')
      .getMany();
  }
}

import { In, type DataSource } from 'typeorm';
import { Location } from './location.entity.js';
import { Room } from './room.entity.js';

export class LocationService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Houses in display order with their active rooms; `onlyIds` narrows them (a wall display reads its own),
   * `includeRetired` adds retired houses (administration).
   */
  async listLocations(onlyIds: string[] | null = null, includeRetired = false): Promise<Location[]> {
    const query = this.dataSource
      .getRepository(Location)
      .createQueryBuilder('location')
      .leftJoinAndSelect('location.rooms', 'room', 'room.active')
      .where('TRUE')
      .orderBy('location.sort_order')
      .addOrderBy('location.name')
      .addOrderBy('room.sort_order')
      .addOrderBy('room.name');
    if (onlyIds) query.andWhere('location.id IN (:...onlyIds)', { onlyIds });
    if (!includeRetired) query.andWhere('location.active');
    return query.getMany();
  }

  async locationsByIds(ids: readonly string[]): Promise<Location[]> {
    return this.dataSource
      .getRepository(Location)
      .createQueryBuilder('location')
      .whereInIds([...ids])
      .getMany();
  }

  /** Rooms by id, retired ones too (a past session keeps its room). */
  async roomsByIds(ids: readonly string[]): Promise<Room[]> {
    return this.dataSource.getRepository(Room).findBy({ id: In([...ids]) });
  }

  async roomsOfLocations(locationIds: readonly string[], includeRetired = false): Promise<Room[]> {
    const query = this.dataSource
      .getRepository(Room)
      .createQueryBuilder('room')
      .where('room.location_id IN (:...locationIds)', { locationIds: [...locationIds] })
      .orderBy('room.sort_order')
      .addOrderBy('room.name');
    if (!includeRetired) query.andWhere('room.active');
    return query.getMany();
  }
}

import type { DataSource } from 'typeorm';
import { Location } from './location.entity.js';
import { Room } from './room.entity.js';

export class LocationService {
  constructor(private readonly dataSource: DataSource) {}

  async listLocations(): Promise<Location[]> {
    const locations = await this.dataSource
      .getRepository(Location)
      .createQueryBuilder('location')
      .leftJoinAndSelect('location.rooms', 'room', 'room.active')
      .orderBy('location.sort_order')
      .addOrderBy('location.name')
      .addOrderBy('room.sort_order')
      .addOrderBy('room.name')
      .getMany();
    return locations;
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

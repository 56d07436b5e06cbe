import type { DataSource } from 'typeorm';
import { organizationListScope } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Organization } from './organization.entity.js';

export class OrganizationService {
  constructor(private readonly dataSource: DataSource) {}

  listOrganizations(viewer: Viewer): Promise<Organization[]> {
    const query = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('organization')
      .where('organization.active')
      .orderBy('organization.name');
    if (organizationListScope(viewer) === 'public') query.andWhere('organization.profile_public');
    return query.getMany();
  }
}

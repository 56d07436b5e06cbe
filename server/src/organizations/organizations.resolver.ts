import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { mayReadContacts } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Organization } from './organization.entity.js';
import { OrganizationType } from './organization.types.js';

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  @Query(() => [OrganizationType], {
    description: 'Active MOs; without login only those whose profile is public; not for wall displays.',
  })
  organizations(@Ctx() context: GraphQLContext): Promise<Organization[]> {
    return context.services.organizations.listOrganizations(context.viewer);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only for signed-in users.' })
  contactEmail(@Root() organization: Organization, @Ctx() context: GraphQLContext): string | null {
    return mayReadContacts(context.viewer) ? organization.contactEmail : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only for signed-in users.' })
  contactPhone(@Root() organization: Organization, @Ctx() context: GraphQLContext): string | null {
    return mayReadContacts(context.viewer) ? organization.contactPhone : null;
  }
}

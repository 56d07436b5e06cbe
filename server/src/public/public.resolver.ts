import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { PublicOrganization } from './public-organizations.js';
import { PublicOrganizationType } from './public.types.js';

function view(organization: PublicOrganization): PublicOrganizationType {
  return {
    ...organization,
    descriptionTranslations: Object.entries(organization.descriptionTranslations)
      .map(([language, text]) => ({ language, text }))
      .sort((a, b) => a.language.localeCompare(b.language)),
    nextEvents: organization.nextEvents.map((booking) => ({
      id: booking.id,
      title: booking.title,
      category: booking.category,
      start: booking.start,
      end: booking.end,
      roomName: booking.room.name,
      houseName: booking.room.location.name,
    })),
  };
}

@Resolver()
export class PublicResolver {
  @Query(() => [PublicOrganizationType], {
    description: 'Every MO with a public profile, with what it does and when it meets. No login needed.',
  })
  async publicOrganizations(@Ctx() { services }: GraphQLContext): Promise<PublicOrganizationType[]> {
    return (await services.publicOrganizations.list()).map(view);
  }

  @Query(() => PublicOrganizationType, { nullable: true, description: 'One MO’s public page by its short name; null when it has none.' })
  async publicOrganization(
    @Arg('shortName', () => String) shortName: string,
    @Ctx() { services }: GraphQLContext,
  ): Promise<PublicOrganizationType | null> {
    const found = await services.publicOrganizations.byShortName(shortName);
    return found ? view(found) : null;
  }
}

import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { DisplayLink } from './display-link.entity.js';
import { CreatedDisplayLinkType, DisplayLinkType } from './display-link.types.js';

@Resolver()
export class DisplayLinksResolver {
  @Mutation(() => CreatedDisplayLinkType, {
    description: 'Staff only: a long random link that lets one screen show today at one location.',
  })
  async createDisplayLink(
    @Arg('locationId', () => ID) locationId: string,
    @Arg('label', () => String, { nullable: true }) label: string | null,
    @Arg('languages', () => [String], {
      nullable: true,
      description: 'One to three languages for the screen; German and English when not given.',
    })
    languages: string[] | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<{ link: DisplayLink; token: string; path: string }> {
    const { link, token } = await services.displayLinks.createDisplayLink(viewer, locationId, label ?? '', languages ?? undefined);
    return { link, token, path: `/display/${link.locationId}?token=${encodeURIComponent(token)}` };
  }

  @Mutation(() => DisplayLinkType, { description: 'Staff only: the screen loses access at once.' })
  revokeDisplayLink(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<DisplayLink> {
    return services.displayLinks.revokeDisplayLink(viewer, id);
  }

  @Query(() => DisplayLinkType, {
    nullable: true,
    description: 'For a wall display: its own link (house, languages); null for everyone else.',
  })
  displaySettings(@Ctx() { services, viewer }: GraphQLContext): Promise<DisplayLink | null> {
    return services.displayLinks.settingsFor(viewer);
  }

  @Query(() => [DisplayLinkType], { description: 'Staff only.' })
  displayLinks(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<DisplayLink[]> {
    return services.displayLinks.listDisplayLinks(viewer, locationId);
  }
}

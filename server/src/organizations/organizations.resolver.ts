import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mayReadContacts } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Organization } from './organization.entity.js';
import { translationList } from './organization.service.js';
import {
  CreateOrganizationInput,
  OrganizationType,
  TranslatedText,
  TranslatedTextInput,
  UpdateOrganizationInput,
} from './organization.types.js';

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  @Query(() => [OrganizationType], {
    description: 'Active MOs; without login only those whose profile is public; not for wall displays. Staff may include inactive ones.',
  })
  organizations(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<Organization[]> {
    return context.services.organizations.listOrganizations(context.viewer, includeInactive);
  }

  @FieldResolver(() => [TranslatedText], { description: 'The description in other languages, by staff or the MO; sorted by language.' })
  descriptionTranslations(@Root() organization: Organization): TranslatedText[] {
    return translationList(organization.descriptionTranslations);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only for signed-in users.' })
  contactEmail(@Root() organization: Organization, @Ctx() context: GraphQLContext): string | null {
    return mayReadContacts(context.viewer) ? organization.contactEmail : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only for signed-in users.' })
  contactPhone(@Root() organization: Organization, @Ctx() context: GraphQLContext): string | null {
    return mayReadContacts(context.viewer) ? organization.contactPhone : null;
  }

  @Mutation(() => OrganizationType, { description: 'Staff only: a new MO.' })
  createOrganization(
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Organization> {
    return services.organizations.createOrganization(viewer, input);
  }

  @Mutation(() => OrganizationType, { description: 'Staff only. An inactive MO cannot book; its bookings stay.' })
  updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Organization> {
    return services.organizations.updateOrganization(viewer, id, input);
  }

  @Mutation(() => OrganizationType, { description: "The MO's description and its translations: its members, or staff." })
  updateOrganizationDescription(
    @Arg('id', () => ID) id: string,
    @Arg('description', () => String) description: string,
    @Arg('descriptionTranslations', () => [TranslatedTextInput]) descriptionTranslations: TranslatedTextInput[],
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Organization> {
    return services.organizations.updateOrganizationDescription(viewer, id, { description, descriptionTranslations });
  }
}

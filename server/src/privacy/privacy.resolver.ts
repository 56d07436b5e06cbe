import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';

@Resolver()
export class PrivacyResolver {
  @Mutation(() => Boolean, {
    description:
      'Staff only (GDPR Art. 17): name, e-mail, password, sessions, feed addresses, notices and queued mails go; the ' +
      'person stays as a pseudonym ("P-…") in the people list and the audit log; their bookings stay, made by nobody.',
  })
  async erasePerson(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<boolean> {
    await services.erasure.erasePerson(viewer, id);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Staff only: the MO’s name ("MO-…"), description and contacts, and every one of its people as in `erasePerson`; ' +
      'its bookings stay for the figures.',
  })
  async eraseOrganization(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<boolean> {
    await services.erasure.eraseOrganization(viewer, id);
    return true;
  }
}

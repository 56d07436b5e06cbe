import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { CapabilitiesType, UserType } from './auth.types.js';
import { capabilitiesOf, capabilitiesOfPerson, type Capabilities } from './policy.js';
import type { User } from './user.entity.js';
import { viewerUserId } from './viewer.js';

@Resolver(() => UserType)
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() context: GraphQLContext): Promise<User | null> {
    const userId = viewerUserId(context.viewer);
    return userId === null ? null : context.services.people.findUser(userId);
  }

  @Mutation(() => UserType, {
    description: 'Signs in and sets an HttpOnly session cookie that also authenticates the WebSocket.',
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: GraphQLContext,
  ): Promise<User> {
    const session = await context.services.sessions.login(email, password, context.clientAddress);
    context.cookies.setSession(session.token, session.expiresAt);
    return context.services.people.findUser(session.user.id);
  }

  @FieldResolver(() => CapabilitiesType, {
    description: 'What this person may do: for the signed-in person as their session says, for others as their role and MO say.',
  })
  capabilities(@Root() user: User, @Ctx() context: GraphQLContext): Capabilities {
    return viewerUserId(context.viewer) === user.id ? capabilitiesOf(context.viewer) : capabilitiesOfPerson(user);
  }

  @Mutation(() => Boolean, { description: 'Ends the session at once, on every connection that used it.' })
  async logout(@Ctx() context: GraphQLContext): Promise<boolean> {
    await context.services.sessions.logout(context.viewer);
    context.cookies.clearSession();
    return true;
  }
}

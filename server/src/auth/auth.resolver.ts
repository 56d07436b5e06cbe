import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { assertStaff } from './policy.js';
import { UserType } from './auth.types.js';
import type { User } from './user.entity.js';

@Resolver()
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() context: GraphQLContext): Promise<User | null> {
    if (context.viewer.kind !== 'member' && context.viewer.kind !== 'staff') return null;
    return context.services.sessions.findUser(context.viewer.userId);
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
    return context.services.sessions.findUser(session.user.id);
  }

  @Mutation(() => Boolean, { description: 'Ends the session at once, on every connection that used it.' })
  async logout(@Ctx() context: GraphQLContext): Promise<boolean> {
    await context.services.sessions.logout(context.viewer);
    context.cookies.clearSession();
    return true;
  }

  @Mutation(() => UserType, { description: 'Staff only. A deactivated user is signed out everywhere at once.' })
  setUserActive(
    @Arg('userId', () => ID) userId: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<User> {
    assertStaff(context.viewer);
    return context.services.sessions.setUserActive(userId, active);
  }
}

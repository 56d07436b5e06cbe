import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { PasswordResetLinkType, UserType } from './auth.types.js';
import type { User } from './user.entity.js';

@Resolver()
export class PasswordResetsResolver {
  @Mutation(() => PasswordResetLinkType, { description: 'Staff only: a one-time link for a person to choose a new password.' })
  createPasswordReset(@Arg('userId', () => ID) userId: string, @Ctx() context: GraphQLContext): Promise<{ url: string; expiresAt: Date }> {
    return context.services.passwordResets.createForUser(context.viewer, userId, context.linkBase);
  }

  @Mutation(() => Boolean, {
    description:
      '"Forgot password": e-mails a link when the address has an account and e-mail is set up. Always true, so nobody learns which addresses exist.',
  })
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    // not awaited: an address with an account must not answer slower than one without
    void context.services.passwordResets.requestByEmail(email, context.linkBase);
    return true;
  }

  @Mutation(() => UserType, { description: 'Sets a new password with a one-time link, ends every other session and signs in.' })
  async resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: GraphQLContext,
  ): Promise<User> {
    const { user, session } = await context.services.passwordResets.reset(token, password);
    context.cookies.setSession(session.token, session.expiresAt);
    return user;
  }
}

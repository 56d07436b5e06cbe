import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { InvitationPreviewType, InvitationResultType, InvitationType, InviteUserInput, UserType } from './auth.types.js';
import type { Invitation } from './invitation.entity.js';
import type { IssuedInvitation } from './invitation.service.js';
import type { User } from './user.entity.js';
import { viewerUserId } from './viewer.js';

@Resolver()
export class InvitationsResolver {
  @Query(() => [InvitationType], { description: 'Staff only: invitations not yet accepted or revoked.' })
  invitations(@Ctx() { services, viewer }: GraphQLContext): Promise<Invitation[]> {
    return services.invitations.listPending(viewer);
  }

  @Mutation(() => InvitationResultType, {
    description:
      'Staff only: a one-time link (valid 7 days) for a new member of an MO or a new staff member; e-mailed when SMTP is set up.',
  })
  async inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() context: GraphQLContext): Promise<IssuedInvitation> {
    const inviterId = viewerUserId(context.viewer);
    const inviter = inviterId ? await context.services.people.findUser(inviterId) : null;
    return context.services.invitations.inviteUser(
      context.viewer,
      {
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        organizationId: input.organizationId ?? null,
        language: input.language ?? inviter?.language ?? null,
      },
      context.linkBase,
      inviter?.name ?? 'KolLEktiv',
    );
  }

  @Query(() => InvitationPreviewType, {
    description:
      'The link itself is the credential: for whom an invitation is (suggested name, MO, language), before the account exists. INVALID_TOKEN for a used or unknown link, TOKEN_EXPIRED for an old one.',
  })
  async invitationByToken(@Arg('token', () => String) token: string, @Ctx() { services }: GraphQLContext): Promise<InvitationPreviewType> {
    const { invitation, organizationName } = await services.invitations.preview(token);
    return {
      name: invitation.name,
      role: invitation.role,
      organizationName,
      language: invitation.language,
      expiresAt: invitation.expiresAt,
    };
  }

  @Mutation(() => InvitationType, { description: 'Staff only: the link stops working at once.' })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<Invitation> {
    return services.invitations.revoke(viewer, id);
  }

  @Mutation(() => UserType, {
    description:
      'Creates the invited account with a name and a password and signs in. INVALID_TOKEN for a used or unknown link, TOKEN_EXPIRED for an old one.',
  })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('name', () => String) name: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: GraphQLContext,
  ): Promise<User> {
    const { user, session } = await context.services.invitations.accept(token, name, password);
    context.cookies.setSession(session.token, session.expiresAt);
    return user;
  }
}

import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { UpdateMeInput, UpdateUserInput, UserType } from './auth.types.js';
import type { User } from './user.entity.js';

@Resolver()
export class PeopleResolver {
  @Query(() => [UserType], { description: 'Staff only: everyone, or the people of one MO, with their last sign-in.' })
  users(
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<User[]> {
    return services.people.listUsers(viewer, organizationId ?? null);
  }

  @Mutation(() => UserType, { description: 'Staff only: name, role or MO; takes effect at once, also on open connections.' })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<User> {
    return services.people.updateUser(viewer, id, input);
  }

  @Mutation(() => UserType, { description: 'Staff only. A deactivated user is signed out everywhere at once.' })
  setUserActive(
    @Arg('userId', () => ID) userId: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<User> {
    return services.people.setUserActive(viewer, userId, active);
  }

  @Mutation(() => UserType, { description: 'The signed-in person’s own name and language.' })
  updateMe(@Arg('input', () => UpdateMeInput) input: UpdateMeInput, @Ctx() { services, viewer }: GraphQLContext): Promise<User> {
    return services.people.updateMe(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Needs the current password; ends the person’s other sessions.' })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<boolean> {
    await services.people.changePassword(viewer, currentPassword, newPassword);
    return true;
  }
}

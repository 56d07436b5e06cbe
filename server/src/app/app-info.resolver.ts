import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { AppInfoType, type AppInfo } from './app-info.types.js';

@Resolver()
export class AppInfoResolver {
  @Query(() => AppInfoType, { description: 'Facts about this installation, for everyone.' })
  appInfo(@Ctx() context: GraphQLContext): AppInfo {
    return context.services.info;
  }
}

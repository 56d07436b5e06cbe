import { Field, ObjectType } from 'type-graphql';
import { CoachType } from './coaching.types.js';

@ObjectType('CoachSuggestion', {
  description:
    'An active coach who fits a request, with why: knows its topic, and the request’s languages they speak. Best first: both, then a shared language only, then the topic only.',
})
export class CoachSuggestionType {
  @Field(() => CoachType)
  coach!: CoachType;

  @Field(() => Boolean, { description: 'The coach lists the request’s topic.' })
  knowsTopic!: boolean;

  @Field(() => [String], { description: 'The request’s languages (BCP 47) the coach speaks; "ar" matches "ar-SY".' })
  sharedLanguages!: string[];
}

import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('FreeSlot', { description: 'A span of a room with no booking, inside opening hours, not closed.' })
export class FreeSlotType {
  @Field(() => ID)
  roomId!: string;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date, { description: 'Exclusive end.' })
  end!: Date;
}

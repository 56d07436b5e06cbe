import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('TranslatedText', { description: 'A text in one language, entered by people (never by the server).' })
export class TranslatedText {
  @Field(() => String, { description: 'BCP 47 tag: ar, uk, fa, …' })
  language!: string;

  @Field(() => String)
  text!: string;
}

@InputType('TranslatedTextInput')
export class TranslatedTextInput {
  @Field(() => String)
  language!: string;

  @Field(() => String, { description: 'Empty removes the translation.' })
  text!: string;
}

@ObjectType('Organization', { description: 'A migrant organisation (MO) that uses the rooms.' })
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { nullable: true, description: 'When staff erased the MO; `name` is then its pseudonym ("MO-…").' })
  erasedAt!: Date | null;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  shortName!: string;

  @Field(() => String, { description: 'As the MO wrote it.' })
  description!: string;

  @Field(() => [String], { description: 'Languages the MO works in, as BCP 47 tags (ar, uk, fa, …).' })
  languages!: string[];

  @Field(() => Boolean, { description: 'Whether the profile may be shown to anyone, also without login.' })
  profilePublic!: boolean;

  @Field(() => Boolean, { description: 'Whether the contact address and phone appear on the public page too.' })
  publicContact!: boolean;

  @Field(() => Boolean, { description: 'An inactive MO cannot book; its past bookings stay.' })
  active!: boolean;
}

@InputType('CreateOrganizationInput')
export class CreateOrganizationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  shortName!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [TranslatedTextInput], { nullable: true, description: 'Replaces all translations of the description.' })
  descriptionTranslations?: TranslatedTextInput[] | null;

  @Field(() => [String], { nullable: true, description: 'BCP 47 tags: ar, uk, fa, ti, …' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Show the profile to anyone, also without login.' })
  profilePublic?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Show the contact address and phone on the public page too.' })
  publicContact?: boolean | null;
}

@InputType('UpdateOrganizationInput', { description: 'Only the fields given change; an explicit null clears a contact.' })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [TranslatedTextInput], { nullable: true, description: 'Replaces all translations of the description.' })
  descriptionTranslations?: TranslatedTextInput[] | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => Boolean, { nullable: true })
  profilePublic?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  publicContact?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

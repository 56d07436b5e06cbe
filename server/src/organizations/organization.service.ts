import type { DataSource, EntityManager } from 'typeorm';
import { normalizeEmail, normalizeLanguage } from '../auth/account-fields.js';
import { assertMayDescribeOrganization, assertStaff, mayListRetired, organizationListScope } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { recordChange, type ChangeAction, type Snapshot } from '../changes/change-log.js';
import { UNIQUE_VIOLATION, sqlState } from '../shared/database-errors.js';
import { badInput, isUuid, notFound } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import { Organization } from './organization.entity.js';

export interface TranslationInput {
  language: string;
  text: string;
}

export interface OrganizationInput {
  name?: string | null;
  shortName?: string | null;
  description?: string | null;
  descriptionTranslations?: TranslationInput[] | null;
  languages?: string[] | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  profilePublic?: boolean | null;
  publicContact?: boolean | null;
  active?: boolean | null;
}

export function organizationSnapshot(organization: Organization): Snapshot {
  return {
    id: organization.id,
    name: organization.name,
    shortName: organization.shortName,
    description: organization.description,
    descriptionTranslations: organization.descriptionTranslations,
    languages: organization.languages,
    contactEmail: organization.contactEmail,
    contactPhone: organization.contactPhone,
    profilePublic: organization.profilePublic,
    publicContact: organization.publicContact,
    active: organization.active,
  };
}

export class OrganizationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Active MOs for everyone who may list them; staff may ask for inactive ones too (administration). */
  listOrganizations(viewer: Viewer, includeInactive = false): Promise<Organization[]> {
    // the centre's own organisation holds the network meetings' bookings; it is no MO to choose or list
    const query = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('organization')
      .where(`organization.kind = 'MO'`)
      .orderBy('organization.name');
    if (!(includeInactive && mayListRetired(viewer))) query.andWhere('organization.active');
    if (organizationListScope(viewer) === 'public') query.andWhere('organization.profile_public');
    return query.getMany();
  }

  async createOrganization(viewer: Viewer, input: OrganizationInput): Promise<Organization> {
    assertStaff(viewer);
    const values = checkOrganization({ description: '', languages: [], profilePublic: false, ...input, active: true });
    return this.write(async (manager) => {
      const saved = await manager.getRepository(Organization).save(values);
      const after = await manager.getRepository(Organization).findOneByOrFail({ id: saved.id });
      await this.log(manager, viewer, 'CREATED', null, after);
      return after;
    });
  }

  async updateOrganization(viewer: Viewer, id: string, input: OrganizationInput): Promise<Organization> {
    assertStaff(viewer);
    return this.change(viewer, id, input);
  }

  /** The MO's own words about itself: its members may write them, as may staff. */
  async updateOrganizationDescription(
    viewer: Viewer,
    id: string,
    input: Pick<OrganizationInput, 'description' | 'descriptionTranslations'>,
  ): Promise<Organization> {
    if (!isUuid(id)) throw notFound('Organization', id);
    assertMayDescribeOrganization(viewer, id);
    return this.change(viewer, id, { description: input.description, descriptionTranslations: input.descriptionTranslations });
  }

  private change(viewer: Viewer, id: string, input: OrganizationInput): Promise<Organization> {
    if (!isUuid(id)) throw notFound('Organization', id);
    return this.write(async (manager) => {
      const locked: unknown[] = await manager.query('SELECT id FROM organization WHERE id = $1 FOR UPDATE', [id]);
      const before = locked.length ? await manager.getRepository(Organization).findOneBy({ id }) : null;
      if (!before) throw notFound('Organization', id);
      const given = Object.fromEntries(
        Object.entries(input).filter(([key, value]) => value !== undefined && (value !== null || key.startsWith('contact'))),
      );
      const values = checkOrganization({ ...organizationInputOf(before), ...given });
      // the centre must keep holding its meetings' bookings, and it has no public profile of an MO
      if (before.kind === 'CENTRE' && !values.active) throw badInput('active', 'CENTRE_ORGANIZATION');
      if (before.kind === 'CENTRE' && values.profilePublic) throw badInput('profilePublic', 'CENTRE_ORGANIZATION');
      await manager.getRepository(Organization).update({ id }, values);
      const after = await manager.getRepository(Organization).findOneByOrFail({ id });
      const action: ChangeAction = before.active === after.active ? 'UPDATED' : after.active ? 'REACTIVATED' : 'DEACTIVATED';
      await this.log(manager, viewer, action, before, after);
      return after;
    });
  }

  private log(manager: EntityManager, viewer: Viewer, action: ChangeAction, before: Organization | null, after: Organization) {
    return recordChange(manager, {
      entity: 'ORGANIZATION',
      entityId: after.id,
      action,
      actorId: viewerUserId(viewer),
      before: before ? organizationSnapshot(before) : null,
      after: organizationSnapshot(after),
      locationIds: [],
      roomIds: [],
      organizationId: after.id,
    });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) throw badInput('name', 'DUPLICATE');
      throw error;
    }
  }
}

function organizationInputOf(organization: Organization): OrganizationInput {
  const { descriptionTranslations, ...rest } = organization;
  return { ...rest, descriptionTranslations: translationList(descriptionTranslations) };
}

/** Stored as an object by language; read and written as a list sorted by language. */
export function translationList(translations: Record<string, string>): TranslationInput[] {
  return Object.entries(translations)
    .map(([language, text]) => ({ language, text }))
    .sort((a, b) => a.language.localeCompare(b.language));
}

const MAX_TRANSLATIONS = 20;

function checkTranslations(list: TranslationInput[]): Record<string, string> {
  if (list.length > MAX_TRANSLATIONS) throw badInput('descriptionTranslations', 'OUT_OF_RANGE');
  const translations: Record<string, string> = {};
  for (const { language, text } of list) {
    const tag = normalizeLanguage(language, 'descriptionTranslations');
    if (!tag) throw badInput('descriptionTranslations', 'INVALID_LANGUAGE');
    if (tag in translations) throw badInput('descriptionTranslations', 'DUPLICATE');
    const cleaned = cleanText('descriptionTranslations', text, { maxLength: 4000, required: false, multiline: true });
    if (cleaned) translations[tag] = cleaned;
  }
  return translations;
}

function checkOrganization(input: OrganizationInput): Omit<Organization, 'id' | 'kind' | 'erasedAt'> {
  const languages = [...new Set(input.languages ?? [])].map((language) => normalizeLanguage(language, 'languages') ?? '');
  if (languages.includes('') || languages.length > 20) throw badInput('languages', 'INVALID_LANGUAGE');
  const contactEmail = input.contactEmail ? normalizeEmail(input.contactEmail, 'contactEmail') : null;
  return {
    name: cleanText('name', input.name, { maxLength: 200, required: true }),
    shortName: cleanText('shortName', input.shortName, { maxLength: 40, required: true }),
    description: cleanText('description', input.description, { maxLength: 4000, required: false, multiline: true }) ?? '',
    descriptionTranslations: checkTranslations(input.descriptionTranslations ?? []),
    languages,
    contactEmail,
    contactPhone: cleanText('contactPhone', input.contactPhone, { maxLength: 40, required: false }),
    profilePublic: input.profilePublic ?? false,
    publicContact: input.publicContact ?? false,
    active: input.active ?? true,
  };
}

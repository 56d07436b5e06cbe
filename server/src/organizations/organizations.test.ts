import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { AUDIT_LOG, CREATE_ORGANIZATION, UPDATE_ORGANIZATION, UPDATE_ORGANIZATION_DESCRIPTION } from '../../test/documents.js';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

describe('an MO’s description in other languages', () => {
  it('is kept as entered, per language, sorted by language, and an empty text removes one', async () => {
    const created = (
      await staff.data(CREATE_ORGANIZATION, {
        input: {
          name: 'Chor Nadija e.V.',
          shortName: 'CNE',
          description: 'Wir singen ukrainische Lieder.',
          descriptionTranslations: [
            { language: 'uk', text: '  Ми співаємо українські пісні.  ' },
            { language: 'ar', text: 'نحن نغني أغاني أوكرانية.' },
          ],
        },
      })
    ).createOrganization;
    expect(created.descriptionTranslations).toEqual([
      { language: 'ar', text: 'نحن نغني أغاني أوكرانية.' },
      { language: 'uk', text: 'Ми співаємо українські пісні.' },
    ]);
    const renamed = (await staff.data(UPDATE_ORGANIZATION, { id: created.id, input: { name: 'Chor Nadija Leipzig e.V.' } }))
      .updateOrganization;
    expect(renamed.descriptionTranslations).toHaveLength(2);
    const trimmed = (
      await staff.data(UPDATE_ORGANIZATION, {
        id: created.id,
        input: {
          descriptionTranslations: [
            { language: 'uk', text: 'Ми співаємо.' },
            { language: 'ar', text: '' },
          ],
        },
      })
    ).updateOrganization;
    expect(trimmed.descriptionTranslations).toEqual([{ language: 'uk', text: 'Ми співаємо.' }]);
  });

  it('may be written by the MO’s own members, and the audit shows it', async () => {
    const organization = await factory.organization();
    const { client: member } = await factory.memberClient(organization.id);
    const written = (
      await member.data(UPDATE_ORGANIZATION_DESCRIPTION, {
        id: organization.id,
        description: 'Beratung auf Farsi und Dari.',
        descriptionTranslations: [{ language: 'fa', text: 'مشاوره به زبان فارسی و دری.' }],
      })
    ).updateOrganizationDescription;
    expect(written).toMatchObject({
      description: 'Beratung auf Farsi und Dari.',
      descriptionTranslations: [{ language: 'fa', text: 'مشاوره به زبان فارسی و دری.' }],
    });
    const { auditLog } = await staff.data(AUDIT_LOG, { filter: { organizationId: organization.id } });
    expect(auditLog.entries[0]).toMatchObject({
      action: 'UPDATED',
      after: { descriptionTranslations: { fa: 'مشاوره به زبان فارسی و دری.' } },
    });
  });

  it.each([
    ['an unknown language tag', [{ language: 'not a language', text: 'x' }], 'descriptionTranslations', 'INVALID_LANGUAGE'],
    [
      'one language twice',
      [
        { language: 'uk', text: 'a' },
        { language: 'uk', text: 'b' },
      ],
      'descriptionTranslations',
      'DUPLICATE',
    ],
    ['a text over 4000 characters', [{ language: 'uk', text: 'x'.repeat(4001) }], 'descriptionTranslations', 'TOO_LONG'],
    // the input guard refuses control characters in any string before the resolver runs
    ['a NUL byte', [{ language: 'uk', text: 'bad\u0000text' }], 'text', 'CONTROL_CHARACTERS'],
    [
      'more than 20 languages',
      Array.from({ length: 21 }, (_, index) => ({ language: `x${String.fromCharCode(97 + index)}`, text: 'x' })),
      'descriptionTranslations',
      'OUT_OF_RANGE',
    ],
  ])('refuses %s', async (_case, descriptionTranslations, field, reason) => {
    const organization = await factory.organization();
    const refused = await staff.request(UPDATE_ORGANIZATION, { id: organization.id, input: { descriptionTranslations } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  });
});

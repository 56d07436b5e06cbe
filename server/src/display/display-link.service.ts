import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { assertStaff, displayLinkOf } from '../auth/policy.js';
import { announceCredentialEnded, hashToken } from '../auth/session.service.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { Location } from '../locations/location.entity.js';
import type { Clock } from '../shared/clock.js';
import { assertUuid, badInput, isUuid, notFound } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import { normalizeLanguage } from '../auth/account-fields.js';

/** A screen read from across a room: more than three languages side by side would not fit. */
export const MAX_DISPLAY_LANGUAGES = 3;
import { DisplayLink } from './display-link.entity.js';

export class DisplayLinkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Staff only. The token is returned once and stored only as a hash. */
  async createDisplayLink(
    viewer: Viewer,
    locationId: string,
    label: string,
    languages: string[] = ['de', 'en'],
  ): Promise<{ link: DisplayLink; token: string }> {
    assertStaff(viewer);
    assertUuid('locationId', locationId);
    if (!(await this.dataSource.getRepository(Location).existsBy({ id: locationId }))) throw badInput('locationId', 'UNKNOWN_LOCATION');
    const cleanLabel = cleanText('label', label, { maxLength: 120, required: false }) ?? '';
    const spoken = [...new Set(languages.map((language) => normalizeLanguage(language, 'languages') ?? ''))];
    if (spoken.length < 1 || spoken.length > MAX_DISPLAY_LANGUAGES || spoken.includes(''))
      throw badInput('languages', 'OUT_OF_RANGE', `1–${MAX_DISPLAY_LANGUAGES}`);
    const token = randomBytes(32).toString('base64url');
    const saved = await this.dataSource.getRepository(DisplayLink).save({
      locationId,
      tokenHash: hashToken(token),
      label: cleanLabel,
      languages: spoken,
      createdById: viewerUserId(viewer),
      revokedAt: null,
    });
    const link = await this.dataSource.getRepository(DisplayLink).findOneByOrFail({ id: saved.id });
    return { link, token };
  }

  async listDisplayLinks(viewer: Viewer, locationId: string | null): Promise<DisplayLink[]> {
    assertStaff(viewer);
    const query = this.dataSource.getRepository(DisplayLink).createQueryBuilder('link').orderBy('link.created_at', 'DESC');
    if (locationId) {
      assertUuid('locationId', locationId);
      query.where('link.location_id = :locationId', { locationId });
    }
    return query.getMany();
  }

  /** Staff only. Ends the link at once, also on screens that are connected right now. */
  async revokeDisplayLink(viewer: Viewer, id: string): Promise<DisplayLink> {
    assertStaff(viewer);
    if (!isUuid(id)) throw notFound('DisplayLink', id);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(DisplayLink).update({ id }, { revokedAt: this.clock() });
      if (!result.affected) throw notFound('DisplayLink', id);
      await announceCredentialEnded(manager, `display:${id}`);
    });
    return this.dataSource.getRepository(DisplayLink).findOneByOrFail({ id });
  }

  /** The settings of the screen asking: its house and its languages; only for a display's own token. */
  async settingsFor(viewer: Viewer): Promise<DisplayLink | null> {
    const linkId = displayLinkOf(viewer);
    return linkId === null ? null : this.dataSource.getRepository(DisplayLink).findOneBy({ id: linkId });
  }

  /** The display viewer for a token, or null when the token is unknown or revoked. */
  async viewerForToken(token: string): Promise<Extract<Viewer, { kind: 'display' }> | null> {
    const rows: Array<{ id: string; location_id: string; time_zone: string }> = await this.dataSource.query(
      `SELECT link.id, link.location_id, location.time_zone
         FROM display_link link JOIN location ON location.id = link.location_id
        WHERE link.token_hash = $1 AND link.revoked_at IS NULL`,
      [hashToken(token)],
    );
    const link = rows[0];
    return link ? { kind: 'display', locationId: link.location_id, displayLinkId: link.id, timeZone: link.time_zone } : null;
  }
}

import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  assertMayEditProposal,
  assertMayReadProposals,
  assertOrganizationTakesPart,
  assertStaff,
  proposingOrganizationOf,
  supportingOrganizationOf,
} from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { recordChange, type ChangeAction, type ChangeEntry, type Snapshot } from '../changes/change-log.js';
import type { LoggedChange, TellOptions } from '../notifications/telling.js';
import { Organization } from '../organizations/organization.entity.js';
import type { Clock } from '../shared/clock.js';
import { AppError, badInput, ErrorCode, notFound } from '../shared/errors.js';
import { cleanLanguageTag } from '../shared/language-tag.js';
import { cleanText } from '../shared/text-input.js';
import { lockedRow } from './locked-row.js';
import { Proposal } from './network.entities.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from './network.enums.js';
import { tellNetworkChanges } from './network-notices.js';
import { mayEditWhile, maySupportWhile } from './proposal-rules.js';

/** The limits the database's CHECKs hold too; refused here first, with the field named. */
export const PROPOSAL_TITLE_MAX = 200;
export const PROPOSAL_TEXT_MAX = 4000;
/** The most proposals one list holds, the most supported first. */
export const MAX_LISTED_PROPOSALS = 500;

export interface ProposalDraft {
  title: string;
  text?: string | null;
  language: string;
}

/** A proposal as the API hands it out: its row with its MO, and the MOs that support it (earliest first). */
export interface ProposalView extends Proposal {
  organization: Organization;
  supporters: Organization[];
  supportCount: number;
}

/**
 * Proposals MOs make for the centre between meetings, the support other MOs give them, and staff's answers.
 * Who may do what is `auth/policy.ts`; every write is one transaction with its change-log entry (entity
 * PROPOSAL, the proposal's MO), which the `networkChanges` subscription carries to open screens.
 */
export class ProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Whether the MO told of an answer also gets an e-mail (SMTP configured), and how long a mail gathers changes. */
    private readonly tell: TellOptions,
  ) {}

  /** The most supported first, then the newest; optionally of some states only. */
  async list(viewer: Viewer, status: readonly ProposalStatus[] | null): Promise<ProposalView[]> {
    assertMayReadProposals(viewer);
    const wanted = status?.length ? status : PROPOSAL_STATUSES;
    const ranked = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT p.id
         FROM proposal p LEFT JOIN proposal_support s ON s.proposal_id = p.id
        WHERE p.status = ANY($1::text[])
        GROUP BY p.id
        ORDER BY count(s.organization_id) DESC, p.created_at DESC, p.id DESC
        LIMIT $2`,
      [wanted, MAX_LISTED_PROPOSALS],
    );
    return this.views(ranked.map((row) => row.id));
  }

  /** A member for their own MO. */
  async create(viewer: Viewer, draft: ProposalDraft): Promise<ProposalView> {
    const organizationId = proposingOrganizationOf(viewer);
    const values = cleanDraft(draft);
    const id = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(Organization).findOneBy({ id: organizationId });
      if (!organization?.active) throw badInput('organizationId', 'UNKNOWN_ORGANIZATION');
      const now = this.clock();
      // raw, so that created_at is the service's clock (the entity leaves it to the database)
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO proposal (organization_id, title, text, language, status, created_by_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'OPEN', $5, $6, $6) RETURNING id`,
        [organizationId, values.title, values.text, values.language, viewerUserId(viewer), now],
      );
      const after = await manager.getRepository(Proposal).findOneByOrFail({ id: row!.id });
      await this.log(manager, viewer, 'CREATED', after, null, snapshotOf(after, []));
      return after.id;
    });
    return this.view(id);
  }

  /** Its MO's members, while it is OPEN; the whole input replaces title, text and language. */
  async update(viewer: Viewer, id: string, draft: ProposalDraft): Promise<ProposalView> {
    assertMayReadProposals(viewer);
    await this.dataSource.transaction(async (manager) => {
      const before = await lockProposal(manager, id);
      assertMayEditProposal(viewer, before);
      if (!mayEditWhile(before.status)) throw new AppError(ErrorCode.AlreadyDecided, { status: before.status });
      const values = cleanDraft(draft);
      await manager.getRepository(Proposal).update({ id }, { ...values, updatedAt: this.clock() });
      const after = await manager.getRepository(Proposal).findOneByOrFail({ id });
      const supporters = await supporterIdsOf(manager, id);
      await this.log(manager, viewer, 'UPDATED', after, snapshotOf(before, supporters), snapshotOf(after, supporters));
    });
    return this.view(id);
  }

  /**
   * Gives (`support`) or withdraws the viewer's MO's voice. Supports of one proposal take its row's lock in turn,
   * so each reads the supporters the one before it committed and logs the whole list; the primary key keeps one
   * voice per MO: of two members of one MO supporting at once, the second adds nothing and is told ALREADY_SUPPORTED.
   */
  async support(viewer: Viewer, id: string, support: boolean): Promise<ProposalView> {
    assertMayReadProposals(viewer);
    await this.dataSource.transaction(async (manager) => {
      const proposal = await lockProposal(manager, id);
      const supporter = supportingOrganizationOf(viewer, proposal);
      if (supporter === 'own') throw new AppError(ErrorCode.OwnProposal, {});
      assertOrganizationTakesPart(await manager.getRepository(Organization).findOneBy({ id: supporter.organizationId }));
      if (!maySupportWhile(proposal.status)) throw new AppError(ErrorCode.AlreadyDecided, { status: proposal.status });
      const before = await supporterIdsOf(manager, id);
      const [{ changed } = { changed: 0 }] = await manager.query<Array<{ changed: number }>>(
        support
          ? `WITH added AS (
               INSERT INTO proposal_support (proposal_id, organization_id, supported_by_id, created_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT DO NOTHING RETURNING 1
             ) SELECT count(*)::int AS changed FROM added`
          : `WITH gone AS (
               DELETE FROM proposal_support WHERE proposal_id = $1 AND organization_id = $2 RETURNING 1
             ) SELECT count(*)::int AS changed FROM gone`,
        support ? [id, supporter.organizationId, viewerUserId(viewer), this.clock()] : [id, supporter.organizationId],
      );
      if (changed === 0) throw new AppError(support ? ErrorCode.AlreadySupported : ErrorCode.NotSupported, {});
      // read back after the write rather than worked out from `before`: the list logged is the one committed
      const after = await supporterIdsOf(manager, id);
      await this.log(manager, viewer, 'UPDATED', proposal, snapshotOf(proposal, before), snapshotOf(proposal, after));
    });
    return this.view(id);
  }

  /** Staff: PLANNED, DECLINED or DONE with words for the MO (a declined one its reason); answering again is allowed. */
  async answer(viewer: Viewer, id: string, status: ProposalStatus, answer: string): Promise<ProposalView> {
    assertStaff(viewer);
    if (status === 'OPEN') throw badInput('status', 'INVALID');
    const words = cleanText('answer', answer, { maxLength: PROPOSAL_TEXT_MAX, required: true, multiline: true });
    await this.dataSource.transaction(async (manager) => {
      const before = await lockProposal(manager, id);
      const now = this.clock();
      await manager
        .getRepository(Proposal)
        .update({ id }, { status, answer: words, answeredAt: now, answeredById: viewerUserId(viewer), updatedAt: now });
      const after = await manager.getRepository(Proposal).findOneByOrFail({ id });
      const supporters = await supporterIdsOf(manager, id);
      const logged = await this.log(manager, viewer, 'UPDATED', after, snapshotOf(before, supporters), snapshotOf(after, supporters));
      // the MO is told of the answer (a notice, and a mail where configured), in this same transaction
      await tellNetworkChanges(manager, [logged], { ...this.tell, now });
    });
    return this.view(id);
  }

  private async view(id: string): Promise<ProposalView> {
    const [view] = await this.views([id]);
    if (!view) throw notFound('Proposal', id);
    return view;
  }

  /** The proposals of `ids`, in that order, each with its MO and supporters: three queries however many. */
  private async views(ids: readonly string[]): Promise<ProposalView[]> {
    if (ids.length === 0) return [];
    const proposals = await this.dataSource.getRepository(Proposal).findBy({ id: In([...ids]) });
    const supports = await this.dataSource.query<Array<{ proposal_id: string; organization_id: string }>>(
      `SELECT proposal_id, organization_id FROM proposal_support WHERE proposal_id = ANY($1::uuid[])
        ORDER BY created_at, organization_id`,
      [ids],
    );
    const organizationIds = [...new Set([...proposals.map((one) => one.organizationId), ...supports.map((one) => one.organization_id)])];
    const organizations = await this.dataSource.getRepository(Organization).findBy({ id: In(organizationIds) });
    const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
    const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
    return ids.flatMap((id) => {
      const proposal = byId.get(id);
      const organization = proposal && organizationById.get(proposal.organizationId);
      if (!proposal || !organization) return [];
      const supporters = supports.filter((one) => one.proposal_id === id).flatMap((one) => organizationById.get(one.organization_id) ?? []);
      return [{ ...proposal, organization, supporters, supportCount: supporters.length }];
    });
  }

  /** One entry of the change log, under the proposal's MO (whose members are told of it). */
  private async log(
    manager: EntityManager,
    viewer: Viewer,
    action: ChangeAction,
    proposal: Proposal,
    before: Snapshot | null,
    after: Snapshot,
  ): Promise<LoggedChange> {
    const entry: ChangeEntry = {
      entity: 'PROPOSAL',
      entityId: proposal.id,
      action,
      actorId: viewerUserId(viewer),
      before,
      after,
      locationIds: [],
      roomIds: [],
      organizationId: proposal.organizationId,
    };
    return { entry, cursor: await recordChange(manager, entry) };
  }
}

function cleanDraft(draft: ProposalDraft): { title: string; text: string; language: string } {
  return {
    title: cleanText('title', draft.title, { maxLength: PROPOSAL_TITLE_MAX, required: true }),
    text: cleanText('text', draft.text, { maxLength: PROPOSAL_TEXT_MAX, required: false, multiline: true }) ?? '',
    language: requiredLanguage(draft.language),
  };
}

function requiredLanguage(language: string): string {
  const tag = cleanLanguageTag(language, 'language');
  if (tag === null) throw badInput('language', 'REQUIRED');
  return tag;
}

/** The proposal, its row locked for the caller's transaction; NOT_FOUND when there is none. */
async function lockProposal(manager: EntityManager, id: string): Promise<Proposal> {
  const proposal = await lockedRow(manager, Proposal, id);
  if (!proposal) throw notFound('Proposal', id);
  return proposal;
}

async function supporterIdsOf(manager: EntityManager, id: string): Promise<string[]> {
  const rows = await manager.query<Array<{ organization_id: string }>>(
    'SELECT organization_id FROM proposal_support WHERE proposal_id = $1 ORDER BY created_at, organization_id',
    [id],
  );
  return rows.map((row) => row.organization_id);
}

/**
 * What the change log keeps of a proposal: every column but its id, who made it and when (the entry's id, actor
 * and time), and the MOs supporting it, so an entry of support says who gave or withdrew a voice.
 */
export function snapshotOf(proposal: Proposal, supporterIds: readonly string[]): Snapshot {
  return {
    organizationId: proposal.organizationId,
    title: proposal.title,
    text: proposal.text,
    language: proposal.language,
    status: proposal.status,
    answer: proposal.answer,
    answeredAt: proposal.answeredAt ? new Date(proposal.answeredAt).toISOString() : null,
    answeredById: proposal.answeredById,
    supporterIds: [...supporterIds],
  };
}

/** Evidence files of one organisation's gap assessments. */
import { createHash, randomUUID } from 'node:crypto';
import { NotFoundError } from './contract.ts';
import type { Actor, EvidenceFile, OrgScope } from './contract.ts';
import type { Context, Db } from './context.ts';
import { writeTx } from './context.ts';
import { checkEvidence } from './evidence-check.ts';
import { now, requireRole } from './rows.ts';
import type { EvidenceFilesTable } from './schema.ts';
import * as v from './validate.ts';

const toEvidence = (r: Omit<EvidenceFilesTable, 'content_base64'>): EvidenceFile => ({
  id: r.id,
  assessmentId: r.assessment_id,
  control: r.control_id,
  fileName: r.file_name,
  contentType: r.content_type,
  size: Number(r.size),
  sha256: r.sha256,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const META = ['id', 'org_id', 'assessment_id', 'control_id', 'file_name', 'content_type', 'size', 'sha256', 'created_by', 'created_at'] as const;

async function requireAssessment(db: Db, orgId: string, id: string): Promise<void> {
  const row = await db.selectFrom('assessments').select('id').where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
  if (!row) throw new NotFoundError('assessment', id);
}

export function evidence(ctx: Context, actor: Actor): OrgScope['evidence'] {
  const orgId = actor.orgId;
  return {
    async list(assessmentId) {
      const id = v.id('/assessmentId', assessmentId);
      await requireAssessment(ctx.db, orgId, id);
      const rows = await ctx.db.selectFrom('evidence_files').select(META).where('org_id', '=', orgId).where('assessment_id', '=', id).orderBy('created_at').orderBy('id').execute();
      return rows.map(toEvidence);
    },

    async add(assessmentId, input) {
      requireRole(actor, 'editor');
      const id = v.id('/assessmentId', assessmentId);
      const control = v.text('/control', input?.control, 100);
      const checked = checkEvidence(String(input.fileName ?? ''), String(input.contentType ?? ''), input.bytes);
      const bytes = Buffer.from(input.bytes);
      return writeTx(ctx, async (tx, audit) => {
        await requireAssessment(tx, orgId, id);
        const row: EvidenceFilesTable = {
          id: randomUUID(),
          org_id: orgId,
          assessment_id: id,
          control_id: control,
          file_name: checked.fileName,
          content_type: checked.contentType,
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          content_base64: bytes.toString('base64'),
          created_by: actor.userId,
          created_at: now(),
        };
        await tx.insertInto('evidence_files').values(row).execute();
        const file = toEvidence(row);
        await audit({ orgId, actorId: actor.userId, action: 'evidence.add', entityType: 'assessment', entityId: id, change: { evidence: { ...file } } });
        return file;
      });
    },

    async content(fileId) {
      const id = v.id('/id', fileId);
      const row = await ctx.db.selectFrom('evidence_files').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
      if (!row) throw new NotFoundError('evidence file', id);
      return { file: toEvidence(row), bytes: Buffer.from(row.content_base64, 'base64') };
    },

    async remove(fileId) {
      requireRole(actor, 'editor');
      const id = v.id('/id', fileId);
      await writeTx(ctx, async (tx, audit) => {
        const row = await tx.selectFrom('evidence_files').select(META).where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
        if (!row) throw new NotFoundError('evidence file', id);
        await tx.deleteFrom('evidence_files').where('id', '=', id).where('org_id', '=', orgId).execute();
        await audit({ orgId, actorId: actor.userId, action: 'evidence.remove', entityType: 'assessment', entityId: row.assessment_id, change: { evidence: toEvidence(row) } });
      });
    },
  };
}

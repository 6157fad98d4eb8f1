import type { AnnotationRecord } from '../../db/annotation-row';
import type { User } from '../../db/users-repository';
import { storeNewAnnotation } from '../annotations-service';
import { createDocument } from '../documents-service';
import type { ServiceContext } from '../service-context';
import type { ImportFile } from './import-item';
import { planImport, type ImportOptions, type ImportPlan } from './plan-import';

/** What an import did: the plan it carried out, and how many annotations and documents it made. */
export interface ImportResult {
  plan: ImportPlan;
  created: number;
  documentsRegistered: number;
}

/**
 * Imports `file` as `importer` (who becomes the owner of every annotation made): the plan of
 * `planImport`, made and carried out in one transaction, so what is created is exactly what a dry
 * run at that moment reports, and a failure leaves nothing half-imported. Each item's origin is
 * remembered, so the same file imported again creates nothing. Watchers hear of the new
 * annotations only after the commit.
 */
export function applyImport(context: ServiceContext, importer: User, file: ImportFile, options: ImportOptions = {}): ImportResult {
  const { plan, records, documentsRegistered } = context.db.transaction(() => {
    const plan = planImport(context, importer, file, options);
    const at = context.now().toISOString();
    const toRegister = plan.documents.filter((document) => document.status === 'register');
    for (const document of toRegister) {
      createDocument(context, importer, { title: document.title!, urls: [document.url], round: plan.round?.id ?? null });
    }
    const records: AnnotationRecord[] = [];
    for (const planned of plan.create) {
      const outcome = storeNewAnnotation(context, importer, planned.input);
      context.db.importOrigins.record(planned.origin, outcome.record.uuid, importer.id, at);
      if (outcome.created) records.push(outcome.record);
    }
    context.db.audit.record({
      at,
      actorId: importer.id,
      action: 'annotation.import',
      subject: plan.round?.id ?? 'import',
      detail: { format: plan.format, created: records.length, skipped: plan.skipped.length, documents: toRegister.length },
    });
    return { plan, records, documentsRegistered: toRegister.length };
  });
  for (const record of records) context.events.publish({ before: null, after: record });
  return { plan, created: records.length, documentsRegistered };
}

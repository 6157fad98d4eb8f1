import type BetterSqlite3 from 'better-sqlite3';
import type { AnchorState, ResponseStatus } from '../../shared/schemas/response';

/** A recorded response to one annotation. */
export interface ResponseRecord {
  annotationUuid: string;
  status: ResponseStatus;
  text: string;
  by: { id: string; name: string; role: string; organisation: string };
  at: string;
}

interface ResponseRow {
  annotation_uuid: string;
  status: ResponseStatus;
  text: string;
  by_id: string;
  at: string;
  by_name: string;
  by_role: string;
  by_organisation: string;
}

function toResponse(row: ResponseRow): ResponseRecord {
  return {
    annotationUuid: row.annotation_uuid,
    status: row.status,
    text: row.text,
    by: { id: row.by_id, name: row.by_name, role: row.by_role, organisation: row.by_organisation },
    at: row.at,
  };
}

const SELECT_RESPONSES = `SELECT r.*, u.name AS by_name, u.role AS by_role, u.organisation AS by_organisation
  FROM responses r JOIN users u ON u.id = r.by_id`;

/** Prepares the statements once and returns the responses repository. */
export function createResponsesRepository(db: BetterSqlite3.Database) {
  const upsert = db.prepare(
    `INSERT INTO responses (annotation_uuid, status, text, by_id, at) VALUES (@annotationUuid, @status, @text, @byId, @at)
     ON CONFLICT (annotation_uuid) DO UPDATE SET status = excluded.status, text = excluded.text, by_id = excluded.by_id, at = excluded.at`,
  );
  const selectOne = db.prepare<[string], ResponseRow>(`${SELECT_RESPONSES} WHERE r.annotation_uuid = ?`);
  const selectAll = db.prepare<[], ResponseRow>(SELECT_RESPONSES);
  const setAnchorState = db.prepare<{ uuid: string; state: string; at: string }>(
    'UPDATE annotations SET anchor_state = @state, anchor_checked_at = @at WHERE uuid = @uuid AND anchor_state IS NOT @state',
  );
  const selectAnchorStates = db.prepare<[], { uuid: string; anchor_state: AnchorState }>(
    'SELECT uuid, anchor_state FROM annotations WHERE anchor_state IS NOT NULL',
  );

  return {
    upsert(response: { annotationUuid: string; status: ResponseStatus; text: string; byId: string; at: string }): void {
      upsert.run(response);
    },
    find(annotationUuid: string): ResponseRecord | null {
      const row = selectOne.get(annotationUuid);
      return row ? toResponse(row) : null;
    },
    all(): Map<string, ResponseRecord> {
      return new Map(selectAll.all().map((row) => [row.annotation_uuid, toResponse(row)]));
    },
    /** Stores the last reported anchor state of an annotation; false when it already had that state. */
    setAnchorState(uuid: string, state: AnchorState, at: string): boolean {
      return setAnchorState.run({ uuid, state, at }).changes > 0;
    },
    anchorStates(): Map<string, AnchorState> {
      return new Map(selectAnchorStates.all().map((row) => [row.uuid, row.anchor_state]));
    },
  };
}

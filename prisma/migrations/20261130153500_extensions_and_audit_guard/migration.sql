-- Hand-written: what Prisma's schema language cannot say.

-- Trigram search for job titles and municipalities (type-ahead that tolerates typos and unfinished words).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS "NocExampleTitle_titleSearch_trgm" ON "NocExampleTitle" USING gin ("titleSearch" gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "Municipality_nameSearch_trgm" ON "Municipality" USING gin ("nameSearch" gin_trgm_ops);

-- The audit log is append-only: the database itself refuses UPDATE and DELETE on its rows.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

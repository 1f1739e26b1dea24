-- Statements are immutable (xAPI Data §2.3.1): no row may be deleted, and an update may only
-- record, once, which statement voided this one.
CREATE FUNCTION "lrs"."guard_statement_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'lrs.statements is immutable (DELETE refused)' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.voided_by IS NOT NULL
     OR NEW.voided_by IS NULL
     OR (to_jsonb(NEW) - 'voided_by') IS DISTINCT FROM (to_jsonb(OLD) - 'voided_by') THEN
    RAISE EXCEPTION 'lrs.statements is immutable (only voided_by may be set, once)' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "statements_immutable" BEFORE UPDATE OR DELETE ON "lrs"."statements" FOR EACH ROW EXECUTE FUNCTION "lrs"."guard_statement_change"();
--> statement-breakpoint
-- the id index likewise: an id, once stored, always names the same actor's statement
CREATE FUNCTION "lrs"."refuse_id_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'lrs.statement_ids is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "statement_ids_immutable" BEFORE UPDATE OR DELETE ON "lrs"."statement_ids" FOR EACH ROW EXECUTE FUNCTION "lrs"."refuse_id_change"();

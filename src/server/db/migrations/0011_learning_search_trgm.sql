-- Fuzzy matching of names (pg_trgm; its index helps from 3 characters). PGlite loads the
-- extension in its worker; PostgreSQL ships it in contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "search_documents_title_trgm_idx" ON "learning"."search_documents" USING gin ("title_text" gin_trgm_ops);

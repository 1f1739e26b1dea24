-- Every search document carries its publication month (UTC) as a ~pm:YYYYMM token inside its
-- tsv (recency windows: domain/recency-window.ts); documents indexed before it get it here.
UPDATE "learning"."search_documents" SET "tsv" = "tsv" || setweight(array_to_tsvector(ARRAY['~pm:' || to_char("published_at" AT TIME ZONE 'UTC', 'YYYYMM')]), 'D');

-- Every search document carries a ~kind:<kind> token inside its tsv (the kind facet filters in
-- the same GIN probe); documents indexed before the token existed get it here.
UPDATE "learning"."search_documents" SET "tsv" = "tsv" || setweight(array_to_tsvector(ARRAY['~kind:' || "kind"]), 'D');

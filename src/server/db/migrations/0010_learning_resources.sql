CREATE SCHEMA "learning";
--> statement-breakpoint
CREATE TABLE "learning"."favourites" (
	"resource_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "favourites_resource_id_user_id_pk" PRIMARY KEY("resource_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."ratings" (
	"resource_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"stars" smallint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ratings_resource_id_user_id_pk" PRIMARY KEY("resource_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."resource_versions" (
	"resource_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_hash" text,
	"file_name" text,
	"mime_type" text,
	"size" bigint,
	"title" jsonb NOT NULL,
	"change_note" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "resource_versions_resource_id_version_pk" PRIMARY KEY("resource_id","version")
);
--> statement-breakpoint
CREATE TABLE "learning"."resources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"audience" text NOT NULL,
	"owner_scope" text NOT NULL,
	"provider_scopes" text[] NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"program_codes" text[] NOT NULL,
	"category_codes" text[] NOT NULL,
	"knowledge_points" text[] NOT NULL,
	"level" text NOT NULL,
	"language" text NOT NULL,
	"licence" text NOT NULL,
	"current_version" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_by_name" text NOT NULL,
	"review_note" text,
	"reviewed_by" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."search_documents" (
	"kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"title_text" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" text NOT NULL,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"language" text NOT NULL,
	"category_codes" text[] NOT NULL,
	"program_codes" text[] NOT NULL,
	"provider_kinds" text[] NOT NULL,
	"visibility_tokens" text[] NOT NULL,
	"rating" real,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "search_documents_kind_entity_id_pk" PRIMARY KEY("kind","entity_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."uploads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"owner_scope" text NOT NULL,
	"resource_type" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"total_size" bigint NOT NULL,
	"received_bytes" bigint NOT NULL,
	"status" text NOT NULL,
	"file_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "favourites_user_idx" ON "learning"."favourites" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "resources_created_by_idx" ON "learning"."resources" USING btree ("created_by","updated_at");--> statement-breakpoint
CREATE INDEX "resources_review_idx" ON "learning"."resources" USING gin ("provider_scopes") WHERE "learning"."resources"."status" = 'in_review';--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "learning"."search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_recent_idx" ON "learning"."search_documents" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "uploads_user_idx" ON "learning"."uploads" USING btree ("user_id","created_at");
CREATE TABLE "learning"."training_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_user_id" text NOT NULL,
	"teacher_name" text NOT NULL,
	"college_scope" text,
	"source" text NOT NULL,
	"course_id" uuid,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"category" text NOT NULL,
	"start_date" text NOT NULL,
	"end_date" text NOT NULL,
	"year" integer NOT NULL,
	"hours" real NOT NULL,
	"evidence_hash" text,
	"evidence_name" text,
	"evidence_mime_type" text,
	"evidence_size" bigint,
	"status" text NOT NULL,
	"review_note" text,
	"reviewed_by_name" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."revision_targets" (
	"key" text PRIMARY KEY NOT NULL,
	"months" real NOT NULL,
	"updated_by" text NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."textbook_chapters" (
	"textbook_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"program_codes" text[] NOT NULL,
	"knowledge_points" text[] NOT NULL,
	"content" text NOT NULL,
	"resource_id" uuid,
	CONSTRAINT "textbook_chapters_textbook_id_id_pk" PRIMARY KEY("textbook_id","id")
);
--> statement-breakpoint
CREATE TABLE "learning"."textbook_editions" (
	"textbook_id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"published_on" text NOT NULL,
	"change_notes" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "textbook_editions_textbook_id_edition_pk" PRIMARY KEY("textbook_id","edition")
);
--> statement-breakpoint
CREATE TABLE "learning"."textbook_reading_positions" (
	"user_id" text NOT NULL,
	"textbook_id" uuid NOT NULL,
	"chapter_id" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "textbook_reading_positions_user_id_textbook_id_pk" PRIMARY KEY("user_id","textbook_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."textbook_revisions" (
	"textbook_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"summary" text NOT NULL,
	"is_substantive" boolean NOT NULL,
	"revised_by" text NOT NULL,
	"revised_by_name" text NOT NULL,
	"revised_at" timestamp with time zone NOT NULL,
	CONSTRAINT "textbook_revisions_textbook_id_id_pk" PRIMARY KEY("textbook_id","id")
);
--> statement-breakpoint
CREATE TABLE "learning"."textbooks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"audience" text NOT NULL,
	"owner_scope" text NOT NULL,
	"title" jsonb NOT NULL,
	"isbn" text,
	"publisher" text NOT NULL,
	"authors" text[] NOT NULL,
	"level" text NOT NULL,
	"language" text NOT NULL,
	"program_codes" text[] NOT NULL,
	"category_codes" text[] NOT NULL,
	"current_edition" integer NOT NULL,
	"last_substantive_revision_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"created_by_name" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "training_records_teacher_idx" ON "learning"."training_records" USING btree ("teacher_user_id","year");--> statement-breakpoint
CREATE INDEX "training_records_review_idx" ON "learning"."training_records" USING btree ("college_scope","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_records_course_once_idx" ON "learning"."training_records" USING btree ("course_id","teacher_user_id") WHERE "learning"."training_records"."source" = 'course';--> statement-breakpoint
CREATE INDEX "textbook_revisions_time_idx" ON "learning"."textbook_revisions" USING btree ("textbook_id","revised_at");--> statement-breakpoint
CREATE INDEX "textbooks_owner_idx" ON "learning"."textbooks" USING btree ("owner_scope","updated_at");--> statement-breakpoint
CREATE INDEX "textbooks_status_idx" ON "learning"."textbooks" USING btree ("status","updated_at");
CREATE TABLE "learning"."comment_reports" (
	"resource_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"reporter_id" text NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "comment_reports_resource_id_comment_id_reporter_id_pk" PRIMARY KEY("resource_id","comment_id","reporter_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."comment_settings" (
	"id" smallint PRIMARY KEY NOT NULL,
	"blocked_terms" text[] NOT NULL,
	"report_threshold" integer NOT NULL,
	"comments_per_minute" integer NOT NULL,
	"comments_per_day" integer NOT NULL,
	"reports_per_day" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."comments" (
	"resource_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"parent_id" uuid,
	"author_id" text NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"matched_terms" text[] NOT NULL,
	"open_reports" integer NOT NULL,
	"flagged_at" timestamp with time zone,
	"moderation_outcome" text,
	"moderation_reason" text,
	"moderated_by" text,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"edited_at" timestamp with time zone,
	CONSTRAINT "comments_resource_id_id_pk" PRIMARY KEY("resource_id","id")
);
--> statement-breakpoint
CREATE INDEX "comment_reports_reporter_idx" ON "learning"."comment_reports" USING btree ("reporter_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_thread_idx" ON "learning"."comments" USING btree ("resource_id","parent_id","created_at","id");--> statement-breakpoint
CREATE INDEX "comments_author_idx" ON "learning"."comments" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_queue_idx" ON "learning"."comments" USING btree ("flagged_at","id") WHERE "learning"."comments"."flagged_at" is not null;
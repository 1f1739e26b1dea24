CREATE TABLE "learning"."simulation_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"resource_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"learner_id" text NOT NULL,
	"learner_name" text NOT NULL,
	"learner_scope" text NOT NULL,
	"course_id" text,
	"course_item_id" text,
	"registration" uuid NOT NULL,
	"status" text NOT NULL,
	"progress" double precision NOT NULL,
	"score_raw" double precision,
	"score_min" double precision,
	"score_max" double precision,
	"success" boolean,
	"duration_ms" bigint NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_event_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning"."simulation_packages" (
	"package_hash" text PRIMARY KEY NOT NULL,
	"entry" text NOT NULL,
	"files" jsonb NOT NULL,
	"total_size" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "simulation_attempts_token_idx" ON "learning"."simulation_attempts" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "simulation_attempts_learner_idx" ON "learning"."simulation_attempts" USING btree ("learner_id","started_at");--> statement-breakpoint
CREATE INDEX "simulation_attempts_resource_idx" ON "learning"."simulation_attempts" USING btree ("resource_id","started_at");
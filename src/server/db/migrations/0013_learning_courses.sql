CREATE TABLE "learning"."class_members" (
	"class_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "class_members_class_id_user_id_pk" PRIMARY KEY("class_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."classes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"college_id" text NOT NULL,
	"name" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."course_enrolments" (
	"course_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"last_item_id" uuid,
	"completed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "course_enrolments_course_id_user_id_pk" PRIMARY KEY("course_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."course_items" (
	"course_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"resource_id" uuid,
	"exercise_set_id" uuid,
	CONSTRAINT "course_items_course_id_id_pk" PRIMARY KEY("course_id","id")
);
--> statement-breakpoint
CREATE TABLE "learning"."course_units" (
	"course_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"opens_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	CONSTRAINT "course_units_course_id_id_pk" PRIMARY KEY("course_id","id")
);
--> statement-breakpoint
CREATE TABLE "learning"."courses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"owner_scope" text NOT NULL,
	"created_by" text NOT NULL,
	"created_by_name" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"program_codes" text[] NOT NULL,
	"category_codes" text[] NOT NULL,
	"knowledge_points" text[] NOT NULL,
	"level" text NOT NULL,
	"language" text NOT NULL,
	"audience" text NOT NULL,
	"training_hours" real NOT NULL,
	"is_core" boolean NOT NULL,
	"is_fine" boolean NOT NULL,
	"fine_by" text,
	"target" text NOT NULL,
	"class_id" uuid,
	"structure_hash" text,
	"published_at" timestamp with time zone,
	"last_substantive_revision_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."exercise_attempts" (
	"course_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"set_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"score" integer NOT NULL,
	"max_score" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "exercise_attempts_course_id_id_pk" PRIMARY KEY("course_id","id")
);
--> statement-breakpoint
CREATE TABLE "learning"."exercise_items" (
	"set_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"prompt" jsonb NOT NULL,
	"options" jsonb NOT NULL,
	"answer" text[] NOT NULL,
	"explanation" jsonb NOT NULL,
	"knowledge_points" text[] NOT NULL,
	"difficulty" smallint NOT NULL,
	CONSTRAINT "exercise_items_set_id_id_pk" PRIMARY KEY("set_id","id")
);
--> statement-breakpoint
CREATE TABLE "learning"."exercise_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_scope" text NOT NULL,
	"created_by" text NOT NULL,
	"title" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."item_progress" (
	"course_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"item_id" uuid NOT NULL,
	"position" real,
	"completed" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "item_progress_course_id_user_id_item_id_pk" PRIMARY KEY("course_id","user_id","item_id")
);
--> statement-breakpoint
CREATE INDEX "class_members_user_idx" ON "learning"."class_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "course_enrolments_user_idx" ON "learning"."course_enrolments" USING btree ("user_id","updated_at");--> statement-breakpoint
CREATE INDEX "courses_created_by_idx" ON "learning"."courses" USING btree ("created_by","updated_at");--> statement-breakpoint
CREATE INDEX "courses_open_idx" ON "learning"."courses" USING btree ("status","target","published_at");--> statement-breakpoint
CREATE INDEX "exercise_attempts_learner_idx" ON "learning"."exercise_attempts" USING btree ("course_id","user_id","item_id","started_at");
CREATE SCHEMA "lrs";
--> statement-breakpoint
CREATE TABLE "lrs"."activities" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"updated" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lrs"."activity_profiles" (
	"activity_id" text COLLATE "C" NOT NULL,
	"scope" text COLLATE "C" NOT NULL,
	"profile_id" text COLLATE "C" NOT NULL,
	"content" "bytea" NOT NULL,
	"content_type" text NOT NULL,
	"etag" text NOT NULL,
	"updated" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "activity_profiles_activity_id_scope_profile_id_pk" PRIMARY KEY("activity_id","scope","profile_id")
);
--> statement-breakpoint
CREATE TABLE "lrs"."agent_profiles" (
	"agent_key" text COLLATE "C" NOT NULL,
	"scope" text COLLATE "C" NOT NULL,
	"profile_id" text COLLATE "C" NOT NULL,
	"content" "bytea" NOT NULL,
	"content_type" text NOT NULL,
	"etag" text NOT NULL,
	"updated" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "agent_profiles_agent_key_scope_profile_id_pk" PRIMARY KEY("agent_key","scope","profile_id")
);
--> statement-breakpoint
CREATE TABLE "lrs"."attachments" (
	"sha2" text COLLATE "C" PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"length" integer NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lrs"."clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key" text COLLATE "C" NOT NULL,
	"secret_hash" text NOT NULL,
	"scope" text COLLATE "C" NOT NULL,
	"province_code" text COLLATE "C",
	"permissions" text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "clients_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "lrs"."state_documents" (
	"agent_key" text COLLATE "C" NOT NULL,
	"scope" text COLLATE "C" NOT NULL,
	"activity_id" text COLLATE "C" NOT NULL,
	"registration" text COLLATE "C" NOT NULL,
	"state_id" text COLLATE "C" NOT NULL,
	"content" "bytea" NOT NULL,
	"content_type" text NOT NULL,
	"etag" text NOT NULL,
	"updated" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "state_documents_agent_key_scope_activity_id_registration_state_id_pk" PRIMARY KEY("agent_key","scope","activity_id","registration","state_id")
);
--> statement-breakpoint
CREATE TABLE "lrs"."statement_ids" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_key" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lrs"."statements" (
	"actor_key" text COLLATE "C" NOT NULL,
	"id" uuid NOT NULL,
	"stored" timestamp (3) with time zone NOT NULL,
	"verb_id" text COLLATE "C" NOT NULL,
	"activity_id" text COLLATE "C",
	"object_agent_key" text COLLATE "C",
	"object_ref" uuid,
	"registration" uuid,
	"related_activities" text[],
	"related_agents" text[],
	"scope" text COLLATE "C" NOT NULL,
	"province_code" text COLLATE "C",
	"client_id" uuid,
	"version" text NOT NULL,
	"payload" json NOT NULL,
	"authority" json NOT NULL,
	"voided_by" uuid,
	CONSTRAINT "statements_actor_key_id_pk" PRIMARY KEY("actor_key","id")
);
--> statement-breakpoint
CREATE INDEX "clients_scope_idx" ON "lrs"."clients" USING btree ("scope");--> statement-breakpoint
CREATE INDEX "clients_province_idx" ON "lrs"."clients" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "statements_actor_verb_stored_idx" ON "lrs"."statements" USING btree ("actor_key","verb_id","stored","id");--> statement-breakpoint
CREATE INDEX "statements_activity_stored_idx" ON "lrs"."statements" USING btree ("activity_id","stored","id") WHERE "lrs"."statements"."activity_id" is not null;--> statement-breakpoint
CREATE INDEX "statements_registration_stored_idx" ON "lrs"."statements" USING btree ("registration","stored","id") WHERE "lrs"."statements"."registration" is not null;--> statement-breakpoint
CREATE INDEX "statements_stored_idx" ON "lrs"."statements" USING btree ("stored","id");--> statement-breakpoint
CREATE INDEX "statements_object_agent_idx" ON "lrs"."statements" USING btree ("object_agent_key","stored") WHERE "lrs"."statements"."object_agent_key" is not null;--> statement-breakpoint
CREATE INDEX "statements_object_ref_idx" ON "lrs"."statements" USING btree ("object_ref") WHERE "lrs"."statements"."object_ref" is not null;--> statement-breakpoint
CREATE INDEX "statements_related_activities_idx" ON "lrs"."statements" USING gin ("related_activities") WHERE "lrs"."statements"."related_activities" is not null;--> statement-breakpoint
CREATE INDEX "statements_related_agents_idx" ON "lrs"."statements" USING gin ("related_agents") WHERE "lrs"."statements"."related_agents" is not null;
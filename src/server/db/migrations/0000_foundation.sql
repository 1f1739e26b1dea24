CREATE SCHEMA "institutions";
--> statement-breakpoint
CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE SCHEMA "identity";
--> statement-breakpoint
CREATE TABLE "institutions"."colleges" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"province_code" text NOT NULL,
	"region_code" text NOT NULL,
	"level" text NOT NULL,
	"ownership" text NOT NULL,
	"authority" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institutions"."regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"province_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit"."entries" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"scope" text NOT NULL,
	"province_code" text,
	"details" jsonb NOT NULL,
	"change_hash" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit"."head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."api_key_assignments" (
	"api_key_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope" text NOT NULL,
	CONSTRAINT "api_key_assignments_api_key_id_role_scope_pk" PRIMARY KEY("api_key_id","role","scope")
);
--> statement-breakpoint
CREATE TABLE "identity"."api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_prefix_unique" UNIQUE("key_prefix")
);
--> statement-breakpoint
CREATE TABLE "identity"."role_assignments" (
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope" text NOT NULL,
	"province_code" text,
	CONSTRAINT "role_assignments_user_id_role_scope_pk" PRIMARY KEY("user_id","role","scope")
);
--> statement-breakpoint
CREATE TABLE "identity"."sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "identity"."api_key_assignments" ADD CONSTRAINT "api_key_assignments_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "identity"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."role_assignments" ADD CONSTRAINT "role_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "colleges_province_idx" ON "institutions"."colleges" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "colleges_name_idx" ON "institutions"."colleges" USING btree ("name");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "institutions"."regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_province_idx" ON "institutions"."regions" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "entries_entity_idx" ON "audit"."entries" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "entries_scope_idx" ON "audit"."entries" USING btree ("scope","seq");--> statement-breakpoint
CREATE INDEX "entries_province_idx" ON "audit"."entries" USING btree ("province_code","seq");--> statement-breakpoint
CREATE INDEX "entries_actor_idx" ON "audit"."entries" USING btree ("actor_id","seq");--> statement-breakpoint
CREATE INDEX "role_assignments_scope_idx" ON "identity"."role_assignments" USING btree ("scope");--> statement-breakpoint
CREATE INDEX "role_assignments_province_idx" ON "identity"."role_assignments" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "identity"."sessions" USING btree ("user_id");
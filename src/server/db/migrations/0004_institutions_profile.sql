CREATE TABLE "institutions"."college_profiles" (
	"college_id" text PRIMARY KEY NOT NULL,
	"moe_code" text,
	"city" text,
	"region_match" text,
	"source_ownership" text,
	"website" text,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institutions"."double_high_memberships" (
	"college_id" text NOT NULL,
	"round" text NOT NULL,
	"kind" text NOT NULL,
	"tier" text,
	"group_name" text DEFAULT '' NOT NULL,
	CONSTRAINT "double_high_memberships_college_id_round_kind_group_name_pk" PRIMARY KEY("college_id","round","kind","group_name")
);
--> statement-breakpoint
ALTER TABLE "institutions"."college_profiles" ADD CONSTRAINT "college_profiles_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "institutions"."colleges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions"."double_high_memberships" ADD CONSTRAINT "double_high_memberships_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "institutions"."colleges"("id") ON DELETE cascade ON UPDATE no action;
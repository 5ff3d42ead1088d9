using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Accounts.EntityFrameworkCore.PostgreSql.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_id = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    target = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "accounts_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_shared_address = table.Column<bool>(type: "boolean", nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    invitation_token_hash = table.Column<string>(type: "text", nullable: true),
                    invitation_invited_by = table.Column<Guid>(type: "uuid", nullable: true),
                    invitation_sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    invitation_expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    invitation_send_count = table.Column<int>(type: "integer", nullable: true),
                    credential_password_hash = table.Column<string>(type: "text", nullable: true),
                    credential_password_changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    credential_must_change_password = table.Column<bool>(type: "boolean", nullable: true),
                    credential_previous_password_hashes = table.Column<string>(type: "text", nullable: true),
                    credential_failed_attempts = table.Column<int>(type: "integer", nullable: true),
                    credential_locked_out_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    credential_last_sign_in_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    one_time_password_protected_secret = table.Column<string>(type: "text", nullable: true),
                    one_time_password_confirmed = table.Column<bool>(type: "boolean", nullable: true),
                    one_time_password_enrolled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    one_time_password_last_accepted_time_step = table.Column<long>(type: "bigint", nullable: true),
                    pending_sign_in_challenge_hash = table.Column<string>(type: "text", nullable: true),
                    pending_sign_in_expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    head_office_id = table.Column<Guid>(type: "uuid", nullable: true),
                    industry = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    referring_bank_name = table.Column<string>(type: "text", nullable: true),
                    profile_name_kanji = table.Column<string>(type: "text", nullable: true),
                    profile_name_katakana = table.Column<string>(type: "text", nullable: true),
                    profile_postal_code = table.Column<string>(type: "text", nullable: true),
                    profile_address = table.Column<string>(type: "text", nullable: true),
                    profile_main_phone = table.Column<string>(type: "text", nullable: true),
                    profile_registered_address = table.Column<string>(type: "text", nullable: true),
                    profile_representative_title = table.Column<string>(type: "text", nullable: true),
                    profile_representative_name = table.Column<string>(type: "text", nullable: true),
                    profile_homepage_url = table.Column<string>(type: "text", nullable: true),
                    manager_name = table.Column<string>(type: "text", nullable: true),
                    manager_email = table.Column<string>(type: "text", nullable: true),
                    requires_one_time_password = table.Column<bool>(type: "boolean", nullable: false),
                    seats_administrators = table.Column<int>(type: "integer", nullable: false),
                    seats_general_users = table.Column<int>(type: "integer", nullable: false),
                    seats_external_users = table.Column<int>(type: "integer", nullable: false),
                    seats_applicants = table.Column<int>(type: "integer", nullable: false),
                    seats_disabled_administrators = table.Column<int>(type: "integer", nullable: false),
                    registered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    template = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    recipients = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    parameters = table.Column<string>(type: "text", nullable: false),
                    secrets = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    claimed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    claim_expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_audit_entries_action",
                table: "accounts_audit_entries",
                columns: new[] { "action", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_audit_entries_actor",
                table: "accounts_audit_entries",
                columns: new[] { "actor_kind", "actor_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_audit_entries_organization",
                table: "accounts_audit_entries",
                columns: new[] { "organization_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_members_organization",
                table: "accounts_members",
                columns: new[] { "organization_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ux_accounts_members_email",
                table: "accounts_members",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_organizations_head_office",
                table: "accounts_organizations",
                columns: new[] { "head_office_id", "code" });

            migrationBuilder.CreateIndex(
                name: "ux_accounts_organizations_code",
                table: "accounts_organizations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accounts_outbox_messages_pending",
                table: "accounts_outbox_messages",
                column: "sequence",
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ux_accounts_outbox_messages_id",
                table: "accounts_outbox_messages",
                column: "id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_audit_entries");

            migrationBuilder.DropTable(
                name: "accounts_members");

            migrationBuilder.DropTable(
                name: "accounts_organizations");

            migrationBuilder.DropTable(
                name: "accounts_outbox_messages");
        }
    }
}

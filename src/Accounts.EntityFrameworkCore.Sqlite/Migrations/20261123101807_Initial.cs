using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Accounts.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Write-ahead logging: readers never wait for the writer, nor the writer for readers. The setting stays with the file.
            migrationBuilder.Sql("PRAGMA journal_mode = 'wal';", suppressTransaction: true);

            migrationBuilder.CreateTable(
                name: "accounts_audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    target = table.Column<string>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "accounts_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    is_shared_address = table.Column<bool>(type: "INTEGER", nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    invitation_token_hash = table.Column<string>(type: "TEXT", nullable: true),
                    invitation_invited_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    invitation_sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    invitation_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    invitation_send_count = table.Column<int>(type: "INTEGER", nullable: true),
                    credential_password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    credential_password_changed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    credential_must_change_password = table.Column<bool>(type: "INTEGER", nullable: true),
                    credential_previous_password_hashes = table.Column<string>(type: "TEXT", nullable: true),
                    credential_failed_attempts = table.Column<int>(type: "INTEGER", nullable: true),
                    credential_locked_out_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    credential_last_sign_in_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    one_time_password_protected_secret = table.Column<string>(type: "TEXT", nullable: true),
                    one_time_password_confirmed = table.Column<bool>(type: "INTEGER", nullable: true),
                    one_time_password_enrolled_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    one_time_password_last_accepted_time_step = table.Column<long>(type: "INTEGER", nullable: true),
                    pending_sign_in_challenge_hash = table.Column<string>(type: "TEXT", nullable: true),
                    pending_sign_in_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    head_office_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    industry = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    referring_bank_name = table.Column<string>(type: "TEXT", nullable: true),
                    profile_name_kanji = table.Column<string>(type: "TEXT", nullable: true),
                    profile_name_katakana = table.Column<string>(type: "TEXT", nullable: true),
                    profile_postal_code = table.Column<string>(type: "TEXT", nullable: true),
                    profile_address = table.Column<string>(type: "TEXT", nullable: true),
                    profile_main_phone = table.Column<string>(type: "TEXT", nullable: true),
                    profile_registered_address = table.Column<string>(type: "TEXT", nullable: true),
                    profile_representative_title = table.Column<string>(type: "TEXT", nullable: true),
                    profile_representative_name = table.Column<string>(type: "TEXT", nullable: true),
                    profile_homepage_url = table.Column<string>(type: "TEXT", nullable: true),
                    manager_name = table.Column<string>(type: "TEXT", nullable: true),
                    manager_email = table.Column<string>(type: "TEXT", nullable: true),
                    requires_one_time_password = table.Column<bool>(type: "INTEGER", nullable: false),
                    seats_administrators = table.Column<int>(type: "INTEGER", nullable: false),
                    seats_general_users = table.Column<int>(type: "INTEGER", nullable: false),
                    seats_external_users = table.Column<int>(type: "INTEGER", nullable: false),
                    seats_applicants = table.Column<int>(type: "INTEGER", nullable: false),
                    seats_disabled_administrators = table.Column<int>(type: "INTEGER", nullable: false),
                    registered_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_outbox_messages",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    recipients = table.Column<string>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    parameters = table.Column<string>(type: "TEXT", nullable: false),
                    secrets = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    next_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    claim_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true)
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

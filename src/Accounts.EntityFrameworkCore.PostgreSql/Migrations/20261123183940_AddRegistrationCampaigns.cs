using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Accounts.EntityFrameworkCore.PostgreSql.Migrations
{
    /// <inheritdoc />
    internal partial class AddRegistrationCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_cutover_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    processed = table.Column<int>(type: "integer", nullable: false),
                    issued_organizations = table.Column<int>(type: "integer", nullable: false),
                    issued_people = table.Column<int>(type: "integer", nullable: false),
                    taken_addresses = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_cutover_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_legacy_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    login_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    company_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    granted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_legacy_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_pre_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    legacy_account_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    company = table.Column<string>(type: "text", nullable: false),
                    people = table.Column<string>(type: "text", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_pre_registrations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ux_accounts_legacy_accounts_login",
                table: "accounts_legacy_accounts",
                column: "login_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_accounts_pre_registrations_legacy_account",
                table: "accounts_pre_registrations",
                column: "legacy_account_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_cutover_runs");

            migrationBuilder.DropTable(
                name: "accounts_legacy_accounts");

            migrationBuilder.DropTable(
                name: "accounts_pre_registrations");
        }
    }
}

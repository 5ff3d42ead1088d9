using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Accounts.EntityFrameworkCore.Sqlite.Migrations
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    processed = table.Column<int>(type: "INTEGER", nullable: false),
                    issued_organizations = table.Column<int>(type: "INTEGER", nullable: false),
                    issued_people = table.Column<int>(type: "INTEGER", nullable: false),
                    taken_addresses = table.Column<string>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_cutover_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_legacy_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    login_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    company_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    granted_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_legacy_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_pre_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    legacy_account_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    company = table.Column<string>(type: "TEXT", nullable: false),
                    people = table.Column<string>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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

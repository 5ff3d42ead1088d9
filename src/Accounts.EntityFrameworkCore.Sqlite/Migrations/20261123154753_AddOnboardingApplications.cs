using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Accounts.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    internal partial class AddOnboardingApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_onboarding_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    form = table.Column<string>(type: "TEXT", nullable: true),
                    submitted_form = table.Column<string>(type: "TEXT", nullable: true),
                    link_token_hash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    link_expires_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    failed_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    session_token_hash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    session_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    printed_form_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    received_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    expected_delivery_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    resume_token_hash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    resume_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    administrator_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    next_timer_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    timer_group = table.Column<Guid>(type: "TEXT", nullable: true),
                    timer_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_onboarding_applications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_onboarding_applications_next_timer",
                table: "accounts_onboarding_applications",
                columns: new[] { "timer_group", "timer_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_onboarding_applications");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Accounts.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    internal partial class AddServiceApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_receipt_sequences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    series = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_receipt_sequences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_service_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    service_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    applicant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    contact_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    receipt_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", nullable: true),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    protected_credentials = table.Column<string>(type: "TEXT", nullable: true),
                    credentials_issued_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    history = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_service_applications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_service_applications_organization",
                table: "accounts_service_applications",
                columns: new[] { "organization_id", "created_key" });

            migrationBuilder.CreateIndex(
                name: "ux_accounts_service_applications_receipt_number",
                table: "accounts_service_applications",
                column: "receipt_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts_receipt_sequences");

            migrationBuilder.DropTable(
                name: "accounts_service_applications");
        }
    }
}

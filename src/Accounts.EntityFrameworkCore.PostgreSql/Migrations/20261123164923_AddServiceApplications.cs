using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Accounts.EntityFrameworkCore.PostgreSql.Migrations
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    series = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts_receipt_sequences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_service_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    service_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    change = table.Column<string>(type: "text", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    protected_credentials = table.Column<string>(type: "text", nullable: true),
                    credentials_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    history = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
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

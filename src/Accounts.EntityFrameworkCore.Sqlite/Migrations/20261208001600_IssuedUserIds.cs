using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Accounts.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    internal partial class IssuedUserIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_accounts_members_email",
                table: "accounts_members");

            migrationBuilder.AddColumn<string>(
                name: "user_id",
                table: "accounts_members",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_accounts_members_email",
                table: "accounts_members",
                column: "email",
                unique: true,
                filter: "user_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_accounts_members_user_id",
                table: "accounts_members",
                column: "user_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_accounts_members_email",
                table: "accounts_members");

            migrationBuilder.DropIndex(
                name: "ux_accounts_members_user_id",
                table: "accounts_members");

            migrationBuilder.DropColumn(
                name: "user_id",
                table: "accounts_members");

            migrationBuilder.CreateIndex(
                name: "ux_accounts_members_email",
                table: "accounts_members",
                column: "email",
                unique: true);
        }
    }
}

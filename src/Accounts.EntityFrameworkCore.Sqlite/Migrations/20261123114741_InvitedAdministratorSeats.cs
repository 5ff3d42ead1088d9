using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Accounts.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    internal partial class InvitedAdministratorSeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "seats_invited_administrators",
                table: "accounts_organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Organizations stored before the column counted their invited administrators as able to act.
            migrationBuilder.Sql("""
                UPDATE accounts_organizations SET seats_invited_administrators = (
                    SELECT COUNT(*) FROM accounts_members
                    WHERE accounts_members.organization_id = accounts_organizations.id
                      AND accounts_members.type = 'Administrator'
                      AND accounts_members.status = 'Invited')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "seats_invited_administrators",
                table: "accounts_organizations");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Accounts.EntityFrameworkCore.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add … --project src/Accounts.EntityFrameworkCore.PostgreSql</c> build the context; it never connects.</summary>
internal sealed class DesignTimeAccountsDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsPostgreSql("Host=localhost;Database=accounts_design_time");
        return new AccountsDbContext(options.Options);
    }
}

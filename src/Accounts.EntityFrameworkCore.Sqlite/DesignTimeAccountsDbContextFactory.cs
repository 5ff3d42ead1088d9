using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Accounts.EntityFrameworkCore.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --project src/Accounts.EntityFrameworkCore.Sqlite</c> build the context; it never opens the file.</summary>
internal sealed class DesignTimeAccountsDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        options.UseAccountsSqlite("Data Source=design-time.db");
        return new AccountsDbContext(options.Options);
    }
}

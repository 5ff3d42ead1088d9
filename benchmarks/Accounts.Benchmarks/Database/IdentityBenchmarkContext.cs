using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Accounts.Benchmarks.Database;

/// <summary>ASP.NET Core Identity's own schema, as a host that uses Identity's EF Core stores has it.</summary>
internal sealed class IdentityBenchmarkContext(DbContextOptions<IdentityBenchmarkContext> options) : IdentityDbContext<IdentityUser>(options);

using Accounts.EntityFrameworkCore.Mappings;
using Accounts.EntityFrameworkCore.Rows;
using Accounts.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Accounts.EntityFrameworkCore;

/// <summary>
/// The library's tables: one per kind of aggregate it stores, the outbox and the audit trail,
/// with snake_case names a person can read in any SQL client.
/// </summary>
public static class AccountsModel
{
    /// <summary>The prefix of the library's table and index names unless a host chooses another.</summary>
    public const string DefaultTablePrefix = "accounts_";

    /// <summary>The table in which the library's own context records its applied migrations, apart from a host's <c>__EFMigrationsHistory</c>.</summary>
    public const string MigrationsHistoryTable = "accounts_migrations_history";

    private const string PrefixAnnotation = "Accounts:TablePrefix";

    internal static IReadOnlyList<AggregateMapping> Mappings { get; } = [OrganizationMapping.Instance, MemberMapping.Instance, OnboardingApplicationMapping.Instance, ServiceApplicationMapping.Instance, ReceiptSequenceMapping.Instance, LegacyAccountMapping.Instance, PreRegistrationMapping.Instance, CutoverRunMapping.Instance];

    /// <summary>The kinds of aggregate the adapter stores: every kind of the library's own.</summary>
    public static IReadOnlyList<AggregateType> StoredTypes { get; } = [.. Mappings.Select(m => m.Type)];

    /// <summary>
    /// Adds the library's tables to a model: call it from your <c>DbContext.OnModelCreating</c> to keep
    /// the library's data in your own database and migrations.
    /// </summary>
    /// <param name="modelBuilder">The model being built.</param>
    /// <param name="tablePrefix">The prefix of the table and index names, for example <c>accounts_</c>.</param>
    public static ModelBuilder ApplyAccountsModel(this ModelBuilder modelBuilder, string tablePrefix = DefaultTablePrefix)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(tablePrefix);
        modelBuilder.HasAnnotation(PrefixAnnotation, tablePrefix);
        foreach (var mapping in Mappings)
        {
            mapping.Configure(modelBuilder, tablePrefix);
        }

        ConfigureOutbox(modelBuilder, tablePrefix);
        ConfigureAudit(modelBuilder, tablePrefix);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace == typeof(OutboxMessageRow).Namespace))
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }

        return modelBuilder;
    }

    /// <summary>Creates a context and makes sure its model has the library's tables, with a message that says how to add them.</summary>
    internal static async Task<TContext> CreateAccountsContextAsync<TContext>(this IDbContextFactory<TContext> contexts, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (context.Model.FindAnnotation(PrefixAnnotation) is null)
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(NoTables(typeof(TContext)));
        }

        return context;
    }

    internal static string TablePrefix(this IModel model) => (string?)model.FindAnnotation(PrefixAnnotation)?.Value
        ?? throw new InvalidOperationException(NoTables(null));

    internal static AggregateMapping? MappingOf(AggregateType type) => Mappings.FirstOrDefault(m => m.Type == type);

    internal static AggregateMapping? MappingOf(Type rowType) => Mappings.FirstOrDefault(m => m.RowType == rowType);

    /// <summary>The table of a row type as SQL names it: schema and name, delimited.</summary>
    internal static string DelimitedTable<TRow>(this DbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(TRow))
            ?? throw new InvalidOperationException(NoTables(context.GetType()));
        return context.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    private static string NoTables(Type? context) =>
        $"The {context?.Name ?? "DbContext"} has no Accounts tables: call modelBuilder.ApplyAccountsModel() in its OnModelCreating, or use AccountsDbContext.";

    private static void ConfigureOutbox(ModelBuilder modelBuilder, string prefix)
    {
        var outbox = modelBuilder.Entity<OutboxMessageRow>();
        outbox.ToTable(prefix + "outbox_messages");
        outbox.HasKey(row => row.Sequence).HasName($"pk_{prefix}outbox_messages");
        outbox.Property(row => row.Sequence).ValueGeneratedOnAdd();
        outbox.HasIndex(row => row.Id).IsUnique().HasDatabaseName($"ux_{prefix}outbox_messages_id");

        // Claims look only at pending messages, in the order written: a partial index stays as small as the backlog.
        outbox.HasIndex(row => row.Sequence).HasFilter("status = 'Pending'").HasDatabaseName($"ix_{prefix}outbox_messages_pending");
        outbox.Property(row => row.Template).HasMaxLength(128);
        outbox.Property(row => row.Language).HasMaxLength(8);
        outbox.Property(row => row.Status).HasMaxLength(16);
        outbox.Property(row => row.ClaimedBy).HasMaxLength(64);
    }

    private static void ConfigureAudit(ModelBuilder modelBuilder, string prefix)
    {
        var audit = modelBuilder.Entity<AuditEntryRow>();
        audit.ToTable(prefix + "audit_entries");
        audit.HasKey(row => row.Sequence).HasName($"pk_{prefix}audit_entries");
        audit.Property(row => row.Sequence).ValueGeneratedOnAdd();
        audit.Property(row => row.ActorKind).HasMaxLength(16);
        audit.Property(row => row.Action).HasMaxLength(128);
        audit.Property(row => row.Outcome).HasMaxLength(16);
        audit.Property(row => row.Code).HasMaxLength(128);
        audit.HasIndex(row => new { row.OrganizationId, row.Sequence }).HasDatabaseName($"ix_{prefix}audit_entries_organization");
        audit.HasIndex(row => new { row.ActorKind, row.ActorId, row.Sequence }).HasDatabaseName($"ix_{prefix}audit_entries_actor");
        audit.HasIndex(row => new { row.Action, row.Sequence }).HasDatabaseName($"ix_{prefix}audit_entries_action");
    }

    private static string SnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}

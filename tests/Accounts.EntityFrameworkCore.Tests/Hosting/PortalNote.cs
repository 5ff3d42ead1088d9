namespace Accounts.EntityFrameworkCore.Tests.Hosting;

/// <summary>A table of the host's own, beside the library's.</summary>
public sealed class PortalNote
{
    public int Id { get; set; }

    public string Text { get; set; } = string.Empty;
}

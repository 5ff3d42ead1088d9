using System.Text;
using Accounts.Messages;

namespace Accounts.Domain.Tests.Messages;

[Trait("Req", "R-PWD-3")]
public sealed class ErrorCodeDocsTests
{
    [Fact]
    public void TheCodeListInTheDocs_MatchesTheCatalog()
    {
        var table = new StringBuilder("| code | category | English | 日本語 |\n|---|---|---|---|\n");
        foreach (var definition in MessageCatalog.Default.Definitions.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            table.Append("| `").Append(definition.Code).Append("` | ").Append(definition.Category).Append(" | ").Append(Cell(definition.English)).Append(" | ").Append(Cell(definition.Japanese)).Append(" |\n");
        }

        GoldenDocs.AssertSection("docs/error-codes.md", "codes", table.ToString());
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}

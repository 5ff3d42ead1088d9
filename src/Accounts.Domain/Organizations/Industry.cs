namespace Accounts.Organizations;

/// <summary>
/// An industry classification (業種), which decides the services an organization may apply
/// for (WebNACCS: non-life insurers only). Portals define their own codes; a few common
/// ones are provided.
/// </summary>
/// <param name="Code">1 to 40 characters: lower-case ASCII letters, digits and underscores.</param>
public readonly record struct Industry(string Code)
{
    /// <summary>Non-life insurer (損害保険会社).</summary>
    public static Industry NonLifeInsurer { get; } = new("non_life_insurer");

    /// <summary>Life insurer (生命保険会社).</summary>
    public static Industry LifeInsurer { get; } = new("life_insurer");

    /// <summary>Bank (銀行).</summary>
    public static Industry Bank { get; } = new("bank");

    /// <summary>Shipowner or ship manager (船主・船舶管理会社).</summary>
    public static Industry ShipManagement { get; } = new("ship_management");

    /// <summary>Trading company (商社).</summary>
    public static Industry Trading { get; } = new("trading");

    /// <summary>Manufacturer (製造業).</summary>
    public static Industry Manufacturing { get; } = new("manufacturing");

    /// <summary>Customs broker or forwarder (通関業・フォワーダー).</summary>
    public static Industry CustomsBroker { get; } = new("customs_broker");

    /// <summary>Any other industry (その他).</summary>
    public static Industry Other { get; } = new("other");

    /// <summary>Whether the text is a well-formed industry code.</summary>
    /// <param name="code">The candidate code.</param>
    public static bool IsValid(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 40)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The code.</summary>
    public override string ToString() => Code ?? string.Empty;
}

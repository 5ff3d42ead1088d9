namespace Accounts.ServiceApplications;

/// <summary>The portal's services and the rules of their applications, as data.</summary>
public sealed record ServicePolicy
{
    /// <summary>No services yet; NACCS-style receipt numbers.</summary>
    public static ServicePolicy Default { get; } = new();

    /// <summary>The services the portal offers.</summary>
    public ServiceCatalog Catalog
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ServiceCatalog.Empty;

    /// <summary>How receipt numbers look.</summary>
    public ReceiptNumberFormat ReceiptNumbers
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ReceiptNumberFormat.Naccs;

    /// <summary>The longest reason, rejection note or change request, in characters.</summary>
    public int MaxNoteLength { get; init; } = 400;

    /// <summary>The most items one change application lists.</summary>
    public int MaxChangeItems { get; init; } = 100;

    /// <summary>The longest user code or terminal name, in characters.</summary>
    public int MaxItemNameLength { get; init; } = 20;

    /// <summary>How many days after the start date issued credentials stay viewable (the day after the start date: 1).</summary>
    public int CredentialDaysAfterStart { get; init; } = 1;

    /// <summary>The policy with a service added to the catalog.</summary>
    /// <param name="service">The service.</param>
    public ServicePolicy WithService(ServiceDefinition service) => this with { Catalog = Catalog.With(service) };
}

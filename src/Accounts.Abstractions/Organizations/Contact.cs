namespace Accounts.Organizations;

/// <summary>A person to notify: an application's contact (申込担当者) or an organization's manager (管理責任者).</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Email">The person's e-mail address, normalized.</param>
public sealed record Contact(string Name, string Email);

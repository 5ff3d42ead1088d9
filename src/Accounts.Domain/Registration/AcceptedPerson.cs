using Accounts.Members;

namespace Accounts.Registration;

/// <summary>An entry the cutover issues: the person and the address as parsed.</summary>
/// <param name="Entry">The person's position in the pre-registration.</param>
/// <param name="Email">The address, normalized.</param>
/// <param name="Person">The entry as submitted.</param>
internal readonly record struct AcceptedPerson(int Entry, EmailAddress Email, PreRegisteredPerson Person);

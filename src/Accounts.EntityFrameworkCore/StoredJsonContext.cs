using System.Text.Json.Serialization;

namespace Accounts.EntityFrameworkCore;

/// <summary>Source-generated JSON for the stored lists: no reflection at run time.</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(StoredParameter[]))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;

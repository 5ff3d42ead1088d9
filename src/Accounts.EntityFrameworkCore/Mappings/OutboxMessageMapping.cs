using Accounts.EntityFrameworkCore.Rows;
using Accounts.Notifications;

namespace Accounts.EntityFrameworkCore.Mappings;

/// <summary>Outbox messages to rows and back; secret parameter values go to their own column.</summary>
internal static class OutboxMessageMapping
{
    public static OutboxMessageRow ToRow(OutboxMessage message)
    {
        var parameters = new StoredParameter[message.Parameters.Length];
        List<string>? secrets = null;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = message.Parameters[i];
            if (parameter.IsSecret)
            {
                (secrets ??= []).Add(parameter.Value);
                parameters[i] = new StoredParameter(parameter.Name, null, Secret: true);
            }
            else
            {
                parameters[i] = new StoredParameter(parameter.Name, parameter.Value);
            }
        }

        return new OutboxMessageRow
        {
            Id = message.Id.Value,
            Template = message.Template,
            Recipients = StoredJson.Strings(message.To),
            Language = message.Language,
            Parameters = StoredJson.Parameters(parameters),
            Secrets = secrets is null ? null : StoredJson.Strings([.. secrets]),
            CreatedAt = Timestamps.ToColumn(message.CreatedAt),
            Status = message.Status.ToString(),
            Attempts = message.Attempts,
            LastError = message.LastError,
            SentAt = Timestamps.ToColumn(message.SentAt),
            NextAttemptAt = Timestamps.ToColumn(message.NextAttemptAt),
            ClaimedBy = message.ClaimedBy,
            ClaimExpiresAt = Timestamps.ToColumn(message.ClaimExpiresAt),
        };
    }

    public static OutboxMessage ToMessage(OutboxMessageRow row)
    {
        var stored = StoredJson.Parameters(row.Parameters);
        var secrets = StoredJson.Strings(row.Secrets);
        var parameters = new MailParameter[stored.Length];
        var secret = 0;
        for (var i = 0; i < stored.Length; i++)
        {
            // An erased secret reads as the empty value, as the outbox contract says.
            parameters[i] = stored[i].Secret
                ? new MailParameter(stored[i].Name, secret < secrets.Length ? secrets[secret++] : string.Empty, IsSecret: true)
                : new MailParameter(stored[i].Name, stored[i].Value ?? string.Empty);
        }

        return new OutboxMessage
        {
            Id = new OutboxMessageId(row.Id),
            Template = row.Template,
            To = StoredJson.Strings(row.Recipients),
            Language = row.Language,
            Parameters = [.. parameters],
            CreatedAt = Timestamps.FromColumn(row.CreatedAt),
            Status = Enum.Parse<OutboxStatus>(row.Status),
            Attempts = row.Attempts,
            LastError = row.LastError,
            SentAt = Timestamps.FromColumn(row.SentAt),
            NextAttemptAt = Timestamps.FromColumn(row.NextAttemptAt),
            ClaimedBy = row.ClaimedBy,
            ClaimExpiresAt = Timestamps.FromColumn(row.ClaimExpiresAt),
        };
    }
}

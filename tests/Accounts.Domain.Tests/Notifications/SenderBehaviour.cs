namespace Accounts.Domain.Tests.Notifications;

/// <summary>What <see cref="ChaosMailSender"/> does with one hand-over.</summary>
internal enum SenderBehaviour
{
    Succeed,
    Throw,
    TimeOut,
    Stall,
    SucceedThenThrow,
}

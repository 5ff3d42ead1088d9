namespace Accounts.Hosting;

/// <summary>How the hosted outbox dispatcher runs; bound from <c>Accounts:OutboxDispatcher</c> when configuration is given.</summary>
public sealed class OutboxDispatcherServiceOptions
{
    /// <summary>The wait between runs while the outbox is drained. Default 10 seconds.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most messages one run sends; a full batch is followed by another run at once. Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The longest wait after failing runs; the wait doubles from <see cref="Period"/> up to it. Default 5 minutes.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
}

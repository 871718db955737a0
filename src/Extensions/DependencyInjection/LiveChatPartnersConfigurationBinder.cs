using LiveChat.Partners;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Binds the configuration keys of <see cref="LiveChatPartnersClientOptions"/> (the settings that are data, not code:
/// <c>Token</c>, <c>BaseUrl</c>, <c>RecurlyBaseUrl</c>, <c>Timeout</c>, <c>UserAgent</c>, <c>Retry:*</c>). Keys that
/// are absent keep the values already set.
/// </summary>
/// <remarks>
/// Durations (<c>Timeout</c>, <c>Retry:InitialDelay</c>, <c>Retry:MaxDelay</c>, <c>Retry:MaxRetryAfter</c>) are written
/// <c>[d.]hh:mm:ss[.fff]</c>: <c>"00:00:30"</c> is 30 seconds. A bare number is refused: .NET would read <c>"30"</c> as
/// 30 days.
/// </remarks>
internal static class LiveChatPartnersConfigurationBinder
{
    /// <summary>The duration keys, refused when they hold a bare number.</summary>
    private static readonly string[] DurationKeys = ["Timeout", "Retry:InitialDelay", "Retry:MaxDelay", "Retry:MaxRetryAfter"];

    public static void Bind(IConfiguration configuration, LiveChatPartnersClientOptions options)
    {
        RefuseAmbiguousDurations(configuration);
        var bindable = new Bindable
        {
            Token = options.Token,
            BaseUrl = options.BaseUrl,
            RecurlyBaseUrl = options.RecurlyBaseUrl,
            Timeout = options.Timeout,
            UserAgent = options.UserAgent,
            Retry = options.Retry ?? new LiveChatPartnersRetryOptions(),
        };
        configuration.Bind(bindable);
        options.Token = bindable.Token;
        options.BaseUrl = bindable.BaseUrl;
        options.RecurlyBaseUrl = bindable.RecurlyBaseUrl;
        options.Timeout = bindable.Timeout;
        options.UserAgent = bindable.UserAgent;
        options.Retry = bindable.Retry;
    }

    /// <summary>Throws when a duration key holds a value without <c>:</c> (<c>"30"</c>, <c>"1.5"</c>): days, hours or seconds?</summary>
    internal static void RefuseAmbiguousDurations(IConfiguration configuration)
    {
        foreach (var key in DurationKeys)
        {
            var section = configuration.GetSection(key);
            if (section.Value is { } value && !string.IsNullOrWhiteSpace(value) && value.IndexOf(':') < 0)
            {
                throw new InvalidOperationException(
                    $"The configuration value {section.Path} = \"{value}\" is ambiguous: a bare number would be read as {value} days. "
                    + "Write durations as [d.]hh:mm:ss, for example \"00:00:30\" for 30 seconds.");
            }
        }
    }

    internal sealed class Bindable
    {
        public string? Token { get; set; }

        public Uri? BaseUrl { get; set; }

        public Uri? RecurlyBaseUrl { get; set; }

        public TimeSpan Timeout { get; set; }

        public string? UserAgent { get; set; }

        public LiveChatPartnersRetryOptions Retry { get; set; } = new();
    }
}

using LiveChat.Partners;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Binds the configuration keys of <see cref="LiveChatPartnersClientOptions"/> (the settings that are data, not code:
/// <c>Token</c>, <c>BaseUrl</c>, <c>RecurlyBaseUrl</c>, <c>Timeout</c>, <c>UserAgent</c>, <c>Retry:*</c>). Keys that
/// are absent keep the values already set.
/// </summary>
internal static class LiveChatPartnersConfigurationBinder
{
    public static void Bind(IConfiguration configuration, LiveChatPartnersClientOptions options)
    {
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

using LiveChat.Partners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="LiveChatPartnersClient"/> with dependency injection, on top of <c>IHttpClientFactory</c>.</summary>
public static class LiveChatPartnersServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client uses (configure it further through the returned builder).</summary>
    public const string HttpClientName = "LiveChat.Partners";

    /// <summary>
    /// Registers a shared (singleton) <see cref="LiveChatPartnersClient"/> configured in code.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (token, base URL, retries...).</param>
    /// <returns>The builder of the underlying named <see cref="HttpClient"/>, to add your own handlers.</returns>
    /// <example><code>services.AddLiveChatPartnersClient(o => o.Token = builder.Configuration["LiveChatPartners:Token"]);</code></example>
    public static IHttpClientBuilder AddLiveChatPartnersClient(this IServiceCollection services, Action<LiveChatPartnersClientOptions> configure)
    {
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        var builder = AddCore(services);
        services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Registers a shared (singleton) <see cref="LiveChatPartnersClient"/> whose options are bound from
    /// <paramref name="configuration"/> (for example <c>builder.Configuration.GetSection("LiveChatPartners")</c>
    /// with the keys <c>Token</c>, <c>BaseUrl</c>, <c>Timeout</c>, <c>UserAgent</c>, <c>Retry:MaxRetries</c>...).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind.</param>
    /// <param name="configure">Optional further settings in code (a token provider, say), applied after binding.</param>
    /// <returns>The builder of the underlying named <see cref="HttpClient"/>, to add your own handlers.</returns>
    public static IHttpClientBuilder AddLiveChatPartnersClient(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<LiveChatPartnersClientOptions>? configure = null)
    {
        if (configuration is null) throw new ArgumentNullException(nameof(configuration));
        var builder = AddCore(services);
        services.AddOptions<LiveChatPartnersClientOptions>()
            .Configure(options => LiveChatPartnersConfigurationBinder.Bind(configuration, options));
        if (configure is not null) services.Configure(configure);
        return builder;
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));

        services.TryAddSingleton(sp => LiveChatPartnersSettings.From(
            sp.GetRequiredService<IOptions<LiveChatPartnersClientOptions>>().Value,
            sp.GetService<TimeProvider>()));

        var builder = services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
                sp.GetRequiredService<IOptions<LiveChatPartnersClientOptions>>().Value.HttpMessageHandler
                ?? LiveChatPartnersPipeline.CreatePrimaryHandler())
            // The client is a singleton holding this HttpClient: its pipeline is kept for the client's lifetime
            // (the SDK's transport recycles pooled connections itself so DNS changes are still seen).
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);

        builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
        {
            var settings = sp.GetRequiredService<LiveChatPartnersSettings>();
            var ownTransport = sp.GetRequiredService<IOptions<LiveChatPartnersClientOptions>>().Value.HttpMessageHandler is null;
            var sdkHandlers = LiveChatPartnersPipeline.CreateHandlers(settings, followRedirects: ownTransport);
            for (var i = 0; i < sdkHandlers.Length; i++) handlers.Insert(i, sdkHandlers[i]);
        });

        services.TryAddSingleton(sp => new LiveChatPartnersClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<LiveChatPartnersSettings>(),
            ownsHttpClient: false));

        return builder;
    }
}

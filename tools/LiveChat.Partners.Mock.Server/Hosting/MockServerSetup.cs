using LiveChat.Partners.Mock.Admin;
using LiveChat.Partners.Mock.Docs;
using LiveChat.Partners.Mock.Domain.Recurly;
using LiveChat.Partners.Mock.Domain.SolutionPartner;
using LiveChat.Partners.Mock.Pipeline;
using LiveChat.Partners.Mock.Sandboxes;
using LiveChat.Partners.Mock.Serialization;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.Mock.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveChat.Partners.Mock.Hosting;

/// <summary>Registers and wires the mock server (kept out of Program.cs so start-up stays readable).</summary>
public static class MockServerSetup
{
    /// <summary>The default address of the mock.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Answers up to this size are buffered in memory, not in a temporary file (10,000 objects of a kind fit).</summary>
    public const int AnswerBufferBytes = 16 * 1024 * 1024;

    /// <summary>Registers options, the spec, the store, validation and MVC.</summary>
    public static WebApplicationBuilder AddMockServer(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        MockServerLimits.Register(builder);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });

        // ASP.NET's own per-request lines would repeat ours and print query strings (card data on the Recurly call).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var services = builder.Services;
        services.AddOptions<MockOptions>().Bind(builder.Configuration.GetSection(MockOptions.Section)).ValidateOnStart()
            .Validate(o => o.MaxBodyBytes > 0, "Mock:MaxBodyBytes must be positive")
            .Validate(o => File.Exists(o.SpecPath), "Mock:Spec must name an existing OpenAPI document");
        services.AddSingleton<IValidateOptions<MockOptions>, AdminKeyRequirement>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => PartnerApiDocument.LoadAsync(provider.GetRequiredService<IOptions<MockOptions>>().Value.SpecPath, CancellationToken.None).GetAwaiter().GetResult());
        services.AddSingleton(provider => ImageDimensionsExtension.ExpertLogo(provider.GetRequiredService<PartnerApiDocument>()));
        services.AddSingleton(_ => AdminApiDocument.Load());
        services.AddSingleton<SandboxRegistry>();
        services.AddSingleton<AnonymousJournal>();
        services.AddSingleton<ServerCoverage>();
        services.AddSingleton<RecurlyTokenVault>();
        services.AddSingleton<RequestValidator>();
        services.AddSingleton<ResponseValidator>();
        services.AddSingleton<JsonAnswerCache>();
        services.AddHostedService<DefaultSandboxService>();
        services.AddHostedService<FixtureService>();
        services.AddControllers(mvc =>
        {
            // The document decides what is required (validated before MVC runs), not C# nullability.
            mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            mvc.Filters.Add<ModelBindingGuardFilter>();
        })
            // The controllers live in this library, whatever app hosts it (the tool, a test project, a partner's app).
            .AddApplicationPart(typeof(MockServerSetup).Assembly)
            .AddNewtonsoftJson(json =>
            {
                // MVC buffers an answer before writing it, past 30 KB in a temporary file (written, then read back, on every
                // large list); a mock's answers fit in memory.
                json.OutputFormatterMemoryBufferThreshold = AnswerBufferBytes;
            });
        services.AddOptions<MvcOptions>().Configure<IOptions<MvcNewtonsoftJsonOptions>>((mvc, json) => mvc.InputFormatters.Insert(0, new ParsedJsonInputFormatter(json.Value.SerializerSettings)));
        services.AddOptions<MvcOptions>().Configure<PartnerApiDocument>((mvc, document) => mvc.Conventions.Add(new SpecRouteConvention(document)));
        PdfSharp.Fonts.GlobalFontSettings.FontResolver ??= new InvoiceFontResolver();
        return builder;
    }

    /// <summary>
    /// Builds the request pipeline: the request target checked, routing (which matches the endpoint), the admin
    /// key, then admin, health and docs, and the Partner API with its contract steps: <see cref="MockRequestMiddleware"/>
    /// maps the request once; the journal, outside everything that can answer, records what the client received.
    /// </summary>
    public static WebApplication UseMockServer(this WebApplication app)
    {
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<RequestTargetGuardMiddleware>();
        app.UseRouting();
        app.UseMiddleware<AdminKeyMiddleware>();
        app.UseWhen(IsPartnerApi, api => api
            .UseMiddleware<MockRequestMiddleware>()
            .UseMiddleware<JournalMiddleware>()
            .UseMiddleware<StrictResponseMiddleware>()
            .UseMiddleware<ErrorHandlingMiddleware>()
            .UseMiddleware<BodyReaderMiddleware>()
            .UseMiddleware<FaultInjectionMiddleware>()
            .UseMiddleware<OperationMatchMiddleware>()
            .UseMiddleware<AuthenticationMiddleware>()
            .UseMiddleware<PreferMiddleware>()
            .UseMiddleware<RequestValidationMiddleware>());
        app.UseWhen(context => !IsPartnerApi(context), other => other.UseMiddleware<ErrorHandlingMiddleware>());
        app.MapGet("/health", () => Results.Json(new { status = "ok" }));
        app.MapMockAdmin();
        app.MapMockDocs();
        app.MapControllers();
        return app;
    }

    /// <summary>Whether a request is for the Partner API (everything but <c>/_mock</c>, <c>/health</c> and <c>/docs</c>).</summary>
    public static bool IsPartnerApi(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/_mock") && !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/docs");
}

using BenchmarkDotNet.Attributes;
using LiveChat.Partners.Models;
using NSwagModels = LiveChat.Partners.NSwag;

namespace LiveChat.Partners.Benchmarks;

/// <summary>
/// One call through the SDK against the same call written by hand (<see cref="RawPartnerApi"/>, the baseline, so the
/// Ratio and Alloc Ratio columns read client/raw), in the same run as its peers: the SDK on Kiota's stock JSON parse node
/// (<c>SdkKiotaNode</c>) and the NSwag-generated client of the same document (<c>NSwag</c>). Each benchmark process gets
/// its own sandbox on the one mock server.
/// </summary>
[MemoryDiagnoser]
public abstract class SdkVersusRaw
{
    private readonly HttpClient _admin = new();
    private string _partnerId = string.Empty;

    /// <summary>The SDK client (default options: retries, error mapping, token and user-agent handlers).</summary>
    protected LiveChatPartnersClient SdkClient { get; private set; } = null!;

    /// <summary>The SDK on Kiota's stock JSON parse node.</summary>
    protected LiveChatPartnersClient SdkKiotaNodeClient { get; private set; } = null!;

    /// <summary>The NSwag-generated client.</summary>
    protected NSwagModels.LiveChatPartnersClient NSwagClient { get; private set; } = null!;

    private HttpClient _nswagHttp = null!;

    /// <summary>The hand-written client.</summary>
    protected RawPartnerApi RawClient { get; private set; } = null!;

    /// <summary>Creates the sandbox and both clients, then lets the subclass seed its state; one warm call each.</summary>
    [GlobalSetup]
    public async Task SetUpAsync()
    {
        (_partnerId, var token) = await MockServer.CreateSandboxAsync(_admin);
        await SeedAsync(_admin, token);
        SdkClient = new LiveChatPartnersClient(token, MockServer.Origin);
        SdkKiotaNodeClient = Peers.SdkOnKiotaParseNode(new LiveChatPartnersClientOptions { Token = token, BaseUrl = MockServer.Origin });
        (NSwagClient, _nswagHttp) = Peers.NSwag(MockServer.Origin, token);
        RawClient = new RawPartnerApi(MockServer.Origin, token);
    }

    /// <summary>Disposes the clients and deletes the sandbox.</summary>
    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        SdkClient.Dispose();
        SdkKiotaNodeClient.Dispose();
        _nswagHttp.Dispose();
        RawClient.Dispose();
        await MockServer.DeleteSandboxAsync(_admin, _partnerId);
        _admin.Dispose();
    }

    /// <summary>Seeds the sandbox before the clients are created.</summary>
    protected virtual Task SeedAsync(HttpClient admin, string token) => Task.CompletedTask;
}

/// <summary><c>GET /v2/partners</c>: the profile.</summary>
public class GetProfile : SdkVersusRaw
{
    /// <summary>Raw HttpClient + System.Text.Json.</summary>
    [Benchmark(Baseline = true)]
    public Task<RawProfile> Raw() => RawClient.GetProfileAsync();

    /// <summary>The SDK.</summary>
    [Benchmark]
    public Task<Profile?> Sdk() => SdkClient.GetAsync();

    /// <summary>The SDK on Kiota's stock JSON parse node.</summary>
    [Benchmark]
    public Task<Profile?> SdkKiotaNode() => SdkKiotaNodeClient.GetAsync();

    /// <summary>The NSwag client.</summary>
    [Benchmark]
    public Task<NSwagModels.Profile> NSwag() => NSwagClient.GetProfileAsync();
}

/// <summary><c>GET /v2/partners/resellers/licenses</c> with 1,000 licenses seeded (plus the sandbox's two).</summary>
public class ListLicenses : SdkVersusRaw
{
    /// <summary>Licenses created before the run.</summary>
    public const int Seeded = 1000;

    /// <summary>Raw HttpClient + System.Text.Json.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> Raw() => (await RawClient.GetLicensesAsync()).Result.Count;

    /// <summary>The SDK.</summary>
    [Benchmark]
    public async Task<int> Sdk() => (await SdkClient.Resellers.Licenses.GetAsync())?.Result?.Count ?? 0;

    /// <summary>The SDK on Kiota's stock JSON parse node.</summary>
    [Benchmark]
    public async Task<int> SdkKiotaNode() => (await SdkKiotaNodeClient.Resellers.Licenses.GetAsync())?.Result?.Count ?? 0;

    /// <summary>The NSwag client.</summary>
    [Benchmark]
    public async Task<int> NSwag() => (await NSwagClient.GetLicenseListAsync()).Result.Count;

    /// <summary>Raw, but the body read whole before it is parsed (where the time goes: what parsing while the body arrives saves).</summary>
    [Benchmark]
    public async Task<int> RawBuffered() => (await RawClient.GetLicensesBufferedAsync()).Result.Count;

    /// <summary>The body read to its end, not parsed (where the time goes: the server and the network alone).</summary>
    [Benchmark]
    public async Task<long> BodyOnly() => await RawClient.ReadLicensesBodyAsync();

    /// <inheritdoc />
    protected override Task SeedAsync(HttpClient admin, string token) => MockServer.SeedLicensesAsync(admin, token, Seeded);
}

/// <summary><c>POST /v2/partners/affiliates/livechat/campaigns</c>, a new name every call.</summary>
public class CreateCampaign : SdkVersusRaw
{
    private int _next;

    /// <summary>Raw HttpClient + System.Text.Json.</summary>
    [Benchmark(Baseline = true)]
    public Task<RawCampaign> Raw() => RawClient.CreateCampaignAsync(new RawCreateCampaign(NextName(), 30));

    /// <summary>The SDK.</summary>
    [Benchmark]
    public Task<LiveChatCampaign?> Sdk() => SdkClient.Affiliates.Livechat.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = NextName(), TrialDuration = 30 });

    /// <summary>The SDK on Kiota's stock JSON parse node.</summary>
    [Benchmark]
    public Task<LiveChatCampaign?> SdkKiotaNode() => SdkKiotaNodeClient.Affiliates.Livechat.Campaigns.PostAsync(new CreateLiveChatCampaignRequest { Name = NextName(), TrialDuration = 30 });

    /// <summary>The NSwag client.</summary>
    [Benchmark]
    public Task<NSwagModels.LiveChatCampaign> NSwag() => NSwagClient.CreateLiveChatCampaignAsync(new NSwagModels.CreateLiveChatCampaignRequest { Name = NextName(), Trial_duration = 30 });

    private string NextName() => $"Benchmark campaign {Interlocked.Increment(ref _next)}";
}

/// <summary><c>POST /v2/partners/experts/profile/logo</c> with a 500×500 PNG.</summary>
public class UploadLogo : SdkVersusRaw
{
    private readonly byte[] _png = PngLogo.Create();

    /// <summary>Raw HttpClient + System.Text.Json.</summary>
    [Benchmark(Baseline = true)]
    public Task<RawLogoUrl> Raw() => RawClient.UploadLogoAsync(_png);

    /// <summary>The SDK (its stream overload: PNG detected from the first bytes).</summary>
    [Benchmark]
    public Task<LogoUrl?> Sdk() => SdkClient.UploadExpertLogoAsync(new MemoryStream(_png, writable: false));

    /// <summary>The SDK on Kiota's stock JSON parse node.</summary>
    [Benchmark]
    public Task<LogoUrl?> SdkKiotaNode() => SdkKiotaNodeClient.UploadExpertLogoAsync(new MemoryStream(_png, writable: false));

    /// <summary>The NSwag client (a <c>FileParameter</c> naming the PNG).</summary>
    [Benchmark]
    public Task<NSwagModels.LogoUrl> NSwag() => NSwagClient.UploadExpertLogoAsync(new NSwagModels.FileParameter(new MemoryStream(_png, writable: false), "logo.png", "image/png"));
}

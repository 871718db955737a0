using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace LiveChat.Partners.Benchmarks;

/// <summary>
/// The profile behind the SDK/raw ratios: the same canned answer, with no server and no network, read three ways —
/// by hand (<see cref="RawPartnerApi"/>'s records and System.Text.Json, the baseline), by the generated client on a
/// bare Kiota request adapter (Kiota's own cost), and by the SDK with its default handlers (ours on top of Kiota's).
/// </summary>
[MemoryDiagnoser]
public abstract class WhereTheSdkCostGoes
{
    private static readonly Uri Origin = new("http://127.0.0.1:5181");
    private HttpClient _raw = null!;
    private HttpClient _kiotaHttp = null!;

    /// <summary>The generated client on a bare Kiota adapter: no SDK handler.</summary>
    protected LiveChatPartnersClient KiotaAlone { get; private set; } = null!;

    /// <summary>The SDK with its default options.</summary>
    protected LiveChatPartnersClient Sdk { get; private set; } = null!;

    /// <summary>The SDK on Kiota's stock JSON parse node.</summary>
    protected LiveChatPartnersClient SdkKiotaNodeClient { get; private set; } = null!;

    /// <summary>The answer every call gets.</summary>
    protected abstract byte[] Body { get; }

    /// <summary>The path the raw client asks for.</summary>
    protected abstract string Path { get; }

    /// <summary>Creates the three clients on a transport that answers <see cref="Body"/>.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        _raw = new HttpClient(new CannedAnswer(Body)) { BaseAddress = Origin };
        _raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "token");
        _kiotaHttp = new HttpClient(new CannedAnswer(Body));
        KiotaAlone = new LiveChatPartnersClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: _kiotaHttp)
        {
            BaseUrl = new Uri(Origin, "/v2/partners").ToString(),
        });
        Sdk = new LiveChatPartnersClient(new LiveChatPartnersClientOptions { Token = "token", BaseUrl = Origin, HttpMessageHandler = new CannedAnswer(Body) });
        SdkKiotaNodeClient = Peers.SdkOnKiotaParseNode(new LiveChatPartnersClientOptions { Token = "token", BaseUrl = Origin, HttpMessageHandler = new CannedAnswer(Body) });
    }

    /// <summary>Disposes the clients.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        _raw.Dispose();
        _kiotaHttp.Dispose();
        Sdk.Dispose();
        SdkKiotaNodeClient.Dispose();
    }

    /// <summary>Reads the canned answer by hand.</summary>
    protected async Task<T> RawAsync<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var response = await _raw.GetAsync(Path);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, type))!;
    }

    /// <summary>A transport that answers every request with the same JSON, as fast as it can.</summary>
    private sealed class CannedAnswer(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

/// <summary>The profile (the reference's example, about 1 KB).</summary>
public class ProfileCostBreakdown : WhereTheSdkCostGoes
{
    /// <inheritdoc />
    protected override byte[] Body { get; } = Encoding.UTF8.GetBytes(CannedBodies.Profile);

    /// <inheritdoc />
    protected override string Path => "/v2/partners";

    /// <summary>By hand.</summary>
    [Benchmark(Baseline = true)]
    public Task<RawProfile> Raw() => RawAsync(RawJson.Default.RawProfile);

    /// <summary>Generated client, bare Kiota adapter.</summary>
    [Benchmark]
    public Task<Models.Profile?> Kiota() => KiotaAlone.GetAsync();

    /// <summary>The SDK.</summary>
    [Benchmark]
    public Task<Models.Profile?> SdkDefault() => Sdk.GetAsync();

    /// <summary>The SDK on Kiota's stock JSON parse node.</summary>
    [Benchmark]
    public Task<Models.Profile?> SdkKiotaNode() => SdkKiotaNodeClient.GetAsync();
}

/// <summary>1,002 licenses (the reference's license, repeated with distinct ids; about 480 KB).</summary>
public class LicenseListCostBreakdown : WhereTheSdkCostGoes
{
    /// <inheritdoc />
    protected override byte[] Body { get; } = Encoding.UTF8.GetBytes(CannedBodies.Licenses(1002));

    /// <inheritdoc />
    protected override string Path => "/v2/partners/resellers/licenses";

    /// <summary>By hand.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> Raw() => (await RawAsync(RawJson.Default.RawLicenseList)).Result.Count;

    /// <summary>Generated client, bare Kiota adapter.</summary>
    [Benchmark]
    public async Task<int> Kiota() => (await KiotaAlone.Resellers.Licenses.GetAsync())?.Result?.Count ?? 0;

    /// <summary>The SDK.</summary>
    [Benchmark]
    public async Task<int> SdkDefault() => (await Sdk.Resellers.Licenses.GetAsync())?.Result?.Count ?? 0;

    /// <summary>The SDK on Kiota's stock JSON parse node.</summary>
    [Benchmark]
    public async Task<int> SdkKiotaNode() => (await SdkKiotaNodeClient.Resellers.Licenses.GetAsync())?.Result?.Count ?? 0;
}

/// <summary>Answers taken from the API reference's examples.</summary>
internal static class CannedBodies
{
    public const string Profile = """
        {"partner_id":"xyz","login":"joe@email.com","first_name":"Joe","last_name":"Doe","contact_name":"Jane Doe",
         "contact_email":"jane@email.com","send_monthly_summary":true,"send_newsletter":true,"send_notifications":true,
         "send_reseller_weekly_summary":true,
         "affiliate":{"livechat":{"url":"https://www.livechatinc.com/?a=xyz&utm_source=PP","short_url":"https://lc.chat/zxc","current_commission":{"percent":20,"end_timestamp":""}},
                      "livechat_partner_program":{"url":"https://partners.livechatinc.com/?a=xyz&utm_source=PP","short_url":"https://lc.chat/cxz","current_commission":{"percent":5,"end_timestamp":""}}},
         "reseller":{"current_discount":{"percent":20,"end_timestamp":""}},
         "expert":{"status":"verified","marketplace_position":2},
         "properties":{"sales_kit_popup_closed":true,"pitch_deck_downloaded":true,"tier2_popup_closed":true}}
        """;

    private const string License = """
        {"license":"123","client_name":"Joe Doe","client_email":"joe@example.com","purchase_order":"Test license",
         "creation_timestamp":"2019-03-06 12:59:13","end_timestamp":"2020-04-05 11:59:12","cc_added":true,"paid":true,
         "seats":12,"plan":"team","billing_cycle":"monthly","total_discount":0,"discount_percent":0,"expired":false,
         "blocked":false,"payment_origin":"client","conversations":403,"conversations_last_30_days":195,
         "total_commission":125,"commission_percent":20,"data_center":"fra"}
        """;

    public static string Licenses(int count)
    {
        var result = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var license = JsonNode.Parse(License)!.AsObject();
            license["license"] = (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            license["client_email"] = $"client{i}@example.com";
            result.Add(license);
        }

        return new JsonObject { ["result"] = result }.ToJsonString();
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LiveChat.Partners.Benchmarks;

/// <summary>
/// The baseline: what a user writes without the SDK. One shared <see cref="HttpClient"/> on a
/// <see cref="SocketsHttpHandler"/>, the bearer token as a default header, status checked, bodies (de)serialized by
/// System.Text.Json's source generator into plain records that mirror the wire (strings stay strings).
/// </summary>
public sealed class RawPartnerApi : IDisposable
{
    private static readonly MediaTypeHeaderValue Png = new("image/png");
    private readonly HttpClient _http;
    private readonly Uri _profile;
    private readonly Uri _licenses;
    private readonly Uri _campaigns;
    private readonly Uri _logo;

    /// <summary>A client for the Partner API below <paramref name="origin"/>.</summary>
    public RawPartnerApi(Uri origin, string token)
    {
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _profile = new Uri(origin, "/v2/partners");
        _licenses = new Uri(origin, "/v2/partners/resellers/licenses");
        _campaigns = new Uri(origin, "/v2/partners/affiliates/livechat/campaigns");
        _logo = new Uri(origin, "/v2/partners/experts/profile/logo");
    }

    /// <summary><c>GET /v2/partners</c>.</summary>
    public Task<RawProfile> GetProfileAsync(CancellationToken cancellationToken = default) =>
        GetAsync(_profile, RawJson.Default.RawProfile, cancellationToken);

    /// <summary><c>GET /v2/partners/resellers/licenses</c>.</summary>
    public Task<RawLicenseList> GetLicensesAsync(CancellationToken cancellationToken = default) =>
        GetAsync(_licenses, RawJson.Default.RawLicenseList, cancellationToken);

    /// <summary>
    /// <c>GET /v2/partners/resellers/licenses</c> read the way a parse-after-read client reads it: the whole body into
    /// memory first, then deserialized (no overlap of parsing with the server's writing, which
    /// <see cref="GetLicensesAsync"/> gets from System.Text.Json's resumable reader).
    /// </summary>
    public async Task<RawLicenseList> GetLicensesBufferedAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(_licenses, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return JsonSerializer.Deserialize(body, RawJson.Default.RawLicenseList)
            ?? throw new JsonException($"{response.RequestMessage?.RequestUri} answered null.");
    }

    /// <summary><c>GET /v2/partners/resellers/licenses</c>'s body read to its end and not parsed: the network's floor.</summary>
    public async Task<long> ReadLicensesBodyAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(_licenses, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0) total += read;
            return total;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary><c>POST /v2/partners/affiliates/livechat/campaigns</c>.</summary>
    public async Task<RawCampaign> CreateCampaignAsync(RawCreateCampaign campaign, CancellationToken cancellationToken = default)
    {
        using var content = JsonContent.Create(campaign, RawJson.Default.RawCreateCampaign);
        using var response = await _http.PostAsync(_campaigns, content, cancellationToken);
        return await ReadAsync(response, RawJson.Default.RawCampaign, cancellationToken);
    }

    /// <summary><c>POST /v2/partners/experts/profile/logo</c> with the PNG as the raw body.</summary>
    public async Task<RawLogoUrl> UploadLogoAsync(byte[] png, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(png);
        content.Headers.ContentType = Png;
        using var response = await _http.PostAsync(_logo, content, cancellationToken);
        return await ReadAsync(response, RawJson.Default.RawLogoUrl, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<T> GetAsync<T>(Uri uri, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return await ReadAsync(response, type, cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken)
            ?? throw new JsonException($"{response.RequestMessage?.RequestUri} answered null.");
    }
}

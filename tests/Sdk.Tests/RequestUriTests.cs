using CsCheck;
using Microsoft.Kiota.Abstractions;
using Xunit.Abstractions;

namespace LiveChat.Partners.Tests;

/// <summary>
/// The SDK expands the generated URL templates itself (<see cref="RequestUriTemplate"/>, parsed once per template): the
/// URLs must be the ones Kiota's <c>RequestInformation.URI</c> builds, for every template and any value. The CsCheck seed
/// is printed; replay a run with the environment variable <c>CsCheck_Seed</c>.
/// </summary>
public sealed class RequestUriTests(ITestOutputHelper output)
{
    private const string BaseUrl = "https://api.livechatinc.com/v2/partners";

    private static readonly string[] Templates = GeneratedTemplates.All().Distinct().ToArray();

    [Fact]
    public void Every_generated_template_is_expanded_by_the_sdk()
    {
        Assert.NotEmpty(Templates);
        Assert.All(Templates, t => Assert.True(RequestUriTemplate.Parse(t).CanExpand, t));
    }

    [Fact]
    public void Any_values_give_the_url_kiota_builds()
    {
        var seed = Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } given
            ? given
            : new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();
        output.WriteLine($"CsCheck seed: {seed} (replay with CsCheck_Seed={seed})");
        var expanded = 0;
        Requests().Sample(
            sample =>
            {
                var (ours, ourError) = Attempt(() => Ours(sample));
                var (kiota, kiotaError) = Attempt(() => Kiota(sample));
                if (ours is not null || ourError is not null) expanded++;
                if (kiotaError is not null || ourError is not null)
                {
                    // Text Kiota cannot send (a lone surrogate): both refuse it with an ArgumentException.
                    // (A request the SDK leaves to Kiota, ours null without an error, fails as Kiota's does by construction.)
                    if (kiotaError?.GetType() != typeof(ArgumentException) || ours is not null || (ourError is not null && ourError.GetType() != typeof(ArgumentException)))
                        throw new Xunit.Sdk.XunitException($"ours {ours} {ourError}\nKiota {kiota} {kiotaError}");
                    return;
                }

                if ((ours ?? kiota) != kiota) throw new Xunit.Sdk.XunitException($"ours {ours}\nKiota {kiota}");
            },
            seed: seed,
            iter: 2000,
            threads: 1,
            print: s => $"{s.Template} {string.Join(", ", s.Values.Select(v => $"{v.Key}={Describe(v.Value)}"))}");
        output.WriteLine($"{expanded} of 2000 requests expanded by the SDK, the others by Kiota");
        Assert.True(expanded > 1500, $"only {expanded} of 2000 requests were expanded by the SDK: the fast path is not taken");
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_sent_as_its_utf8_bytes()
    {
        // U+1F600 is one code point, two UTF-16 units: four UTF-8 bytes (RFC 3986, section 2.5), as Kiota sends it.
        var sample = new Sample("{+baseurl}/affiliates/campaigns/{slug}", new Dictionary<string, object?> { ["slug"] = "a\U0001F600" });

        Assert.Equal(BaseUrl + "/affiliates/campaigns/a%F0%9F%98%80", Ours(sample));
        Assert.Equal(Kiota(sample), Ours(sample));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_with_the_parameter_named()
    {
        var sample = new Sample("{+baseurl}/affiliates/campaigns/{slug}", new Dictionary<string, object?> { ["slug"] = "a\uD83D" });

        var error = Assert.Throws<ArgumentException>(() => Ours(sample));
        Assert.Equal("slug", error.ParamName);
        Assert.Contains("lone UTF-16 surrogate (U+D83D) at index 1", error.Message);
        Assert.Throws<ArgumentException>(() => Kiota(sample));
    }

    [Fact]
    public async Task A_request_builder_used_twice_keeps_its_ids()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);
        var license = client.Resellers.Licenses["123"];

        await license.GetAsync();
        await license.GetAsync();
        await client.GetAsync();

        Assert.Equal(
            ["https://api.livechatinc.com/v2/partners/resellers/licenses/123", "https://api.livechatinc.com/v2/partners/resellers/licenses/123", "https://api.livechatinc.com/v2/partners"],
            stub.Requests.Select(r => r.Uri.ToString()));
    }

    [Fact]
    public async Task Query_values_are_escaped_once()
    {
        var stub = new StubHandler();
        using var client = TestClients.Create(stub);

        await client.Resellers.Licenses.GetAsync(c =>
        {
            c.QueryParameters.DateFrom = new Date(2024, 1, 31);
            c.QueryParameters.DateTo = new Date(2024, 2, 29);
        });

        Assert.Equal("https://api.livechatinc.com/v2/partners/resellers/licenses?date_from=2024-01-31&date_to=2024-02-29", Assert.Single(stub.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public void No_query_name_needs_decoding()
    {
        // Kiota percent-encodes query names its templates cannot carry ($select becomes %24select) and its
        // ParametersNameDecodingHandler decodes them on the way out. The SDK's pipeline leaves that handler out: no name
        // of this API needs it.
        Assert.All(Templates, t => Assert.DoesNotContain('%', t));
    }

    private static (string? Url, Exception? Error) Attempt(Func<string?> expand)
    {
        try
        {
            return (expand(), null);
        }
        catch (ArgumentException e)
        {
            return (null, e);
        }
    }

    private static string? Ours(Sample sample)
    {
        var uris = new RequestUris();
        return uris.Expand(Request(sample), BaseUrl);
    }

    private static string Kiota(Sample sample)
    {
        var request = Request(sample);
        request.PathParameters["baseurl"] = BaseUrl;
        return request.URI.OriginalString;
    }

    private static RequestInformation Request(Sample sample)
    {
        var template = RequestUriTemplate.Parse(sample.Template);
        var request = new RequestInformation(Method.GET, sample.Template, new Dictionary<string, object> { ["baseurl"] = "https://replaced.example" });
        foreach (var (name, value) in sample.Values)
        {
            if (value is null) continue;
            if (template.PathParameterNames.Contains(name)) request.PathParameters[name] = value;
            else request.QueryParameters[name] = value;
        }

        return request;
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\" ({string.Join(" ", s.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))})",
        _ => $"{value} ({value.GetType().Name})",
    };

    private static Gen<Sample> Requests()
    {
        // Text with every class of character the escaping distinguishes: unreserved, reserved, space, '%', controls,
        // two- and three-byte UTF-8, code points outside the basic plane (surrogate pairs) and lone surrogates.
        var character = Gen.Frequency(
            (6, Gen.Char["azAZ09"].Select(c => c.ToString())),
            (3, Gen.OneOf("-._~:/?#[]@!$&'()*+,;=% \"<>\\^`{|}".Select(c => c.ToString()).ToArray())),
            (1, Gen.Char['\u0000', '\u001F'].Select(c => c.ToString())),
            (2, Gen.Char['\u0080', '\u07FF'].Select(c => c.ToString())),
            (2, Gen.Char['\u0800', '\uD7FF'].Select(c => c.ToString())),
            (1, Gen.Char['\uE000', '\uFFFF'].Select(c => c.ToString())),
            (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
            (1, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())));
        var text = character.Array[0, 12].Select(string.Concat);
        var pathText = text.Where(s => !string.IsNullOrWhiteSpace(s));
        var queryValue = Gen.Frequency(
            (4, text.Select(s => (object?)s)),
            (2, Gen.Date.Select(d => (object?)new Date(d.Year, d.Month, d.Day))),
            (1, Gen.Long.Select(l => (object?)l)),
            (1, Gen.Int.Select(i => (object?)i)),
            (1, Gen.Bool.Select(b => (object?)b)),
            (1, Gen.Const((object?)null)),
            (1, Gen.Const((object?)DayOfWeek.Monday)));
        var pathValue = Gen.Frequency(
            (4, pathText.Select(s => (object?)s)),
            (1, Gen.Long[1, long.MaxValue].Select(l => (object?)l)));

        return Gen.OneOf(Templates).SelectMany(t =>
        {
            var parsed = RequestUriTemplate.Parse(t);
            var names = VariableNames(t).Where(n => n != "baseurl").ToArray();
            return Gen.Select(pathValue.Array[names.Length], queryValue.Array[names.Length]).Select(values => new Sample(
                t,
                names.Select((n, i) => (n, v: parsed.PathParameterNames.Contains(n) ? values.Item1[i] : values.Item2[i])).ToDictionary(x => x.n, x => (object?)x.v)));
        });
    }

    private static IEnumerable<string> VariableNames(string template)
    {
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var expression = template[(open + 1)..template.IndexOf('}', open)].TrimStart('+', '?', '&');
            foreach (var name in expression.Split(',')) yield return name.TrimEnd('*');
        }
    }

    /// <summary>A template and a value (or none) for each of its variables.</summary>
    public sealed record Sample(string Template, Dictionary<string, object?> Values);
}

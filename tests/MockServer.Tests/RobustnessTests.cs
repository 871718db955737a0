using System.Text;
using System.Text.RegularExpressions;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.Mock.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>Never a 500 on bad input: junk bodies and parameters for every operation get a 4xx with the error body.</summary>
[Collection(MockServerCollection.Name)]
public sealed class RobustnessTests(MockServerFixture server)
{
    private static readonly string[] JunkBodies = ["[]", "null", "\"text\"", "42", "{}", "{\"name\":{}}", "{", "tru", "{\"a\":1}{", "{\"seats\":1.5,\"plan\":null}", "{\"categories\":\"x\",\"projects\":[1]}"];

    private static readonly string[] JunkSegments = ["0", "-1", "%20", "abc", "pp_", "9999999999999999999999", "%C3%A9t%C3%A9"];

    private PartnerApiDocument Document => server.Services.GetRequiredService<PartnerApiDocument>();

    [Fact]
    public async Task Junk_bodies_get_a_4xx_for_every_operation_that_takes_one()
    {
        var api = await server.NewSandboxAsync();
        foreach (var operation in Document.Operations.Where(o => o.Operation.ActualRequestBody?.Content.ContainsKey("application/json") == true))
        {
            var path = Regex.Replace(operation.Route, "{[^}]+}", "124");
            foreach (var junk in JunkBodies)
            {
                var response = await api.Http.SendAsync(new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = new StringContent(junk, Encoding.UTF8, "application/json") });
                Assert.True((int)response.StatusCode is >= 400 and < 500, $"{operation.OperationId} with {junk}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                var body = JObject.Parse(await response.Content.ReadAsStringAsync());
                Assert.NotNull(body["error"]?["type"]);
            }
        }
    }

    [Fact]
    public async Task Junk_path_parameters_never_get_a_5xx()
    {
        var api = await server.NewSandboxAsync();
        foreach (var operation in Document.Operations.Where(o => o.Route.Contains('{')))
        {
            foreach (var junk in JunkSegments)
            {
                var path = Regex.Replace(operation.Route, "{[^}]+}", junk);
                var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
                if (operation.Operation.ActualRequestBody is not null)
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                var response = await api.Http.SendAsync(request);
                Assert.True((int)response.StatusCode < 500, $"{operation.OperationId} at {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    [Fact]
    public async Task Junk_query_parameters_get_a_400()
    {
        var api = await server.NewSandboxAsync();
        foreach (var operation in Document.Operations.Where(o => o.Operation.ActualParameters.Any(p => p.ActualParameter.Name == "date_from")))
        {
            foreach (var junk in new[] { "x", "2019-02-29", "%00", "2019-01-01T00:00:00Z", "99999-01-01" })
            {
                var response = await api.Http.GetAsync($"{operation.Route}?date_from={junk}");
                await Expect.ErrorAsync(response, System.Net.HttpStatusCode.BadRequest, "validation", "date_from");
            }
        }
    }
}

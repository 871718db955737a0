using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LiveChat.Partners.Mock.Spec;
using LiveChat.Partners.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using NSwag;

namespace LiveChat.Partners.Mock.Tests;

/// <summary>
/// Issue 11: every constraint the document keeps only because the mock needs it is marked <c>x-inferred</c>
/// (docs/inferred.md), and the mock enforces exactly that: for each marked minimum, minimum length or pattern
/// of a request body field or parameter, a request that breaks it — and nothing else — is the 400 naming it.
/// The cases are read from the document, not listed here.
/// </summary>
[Collection(Infrastructure.MockServerCollection.Name)]
public sealed partial class InferredConstraintTests(Infrastructure.MockServerFixture server)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (operation, target) in Marked(SpecDocument.ReadByTheMock()))
        {
            data.Add(operation.OperationId, target);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_request_breaking_an_inferred_constraint_is_400_naming_it(string operationId, string target)
    {
        var document = server.Services.GetRequiredService<PartnerApiDocument>();
        var operation = document.ByOperationId[operationId];
        var api = await server.NewSandboxAsync();
        var (path, query, body) = ExampleRequest(operation);
        var (kind, name) = (target.Split(':')[0], target.Split(':')[1]);
        var schema = kind == "body" ? BodySchema(operation)!.ActualProperties[name] : operation.Operation.ActualParameters.Single(p => p.Name == name).ActualSchema;
        var broken = Breaking(Constrained(schema)!);
        switch (kind)
        {
            case "body": body![name] = Newtonsoft.Json.Linq.JToken.FromObject(broken); break;
            case "query": query[name] = Text(broken); break;
            default: path[name] = Text(broken); break;
        }

        var url = PathParameter().Replace(operation.Route, m => Uri.EscapeDataString(path[m.Groups[1].Value]));
        url = "/" + url.TrimStart('/') + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query.Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value)}")));
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }

        var response = await api.Http.SendAsync(request);

        var wire = kind == "path" ? ParameterWireName.Of(operation.Operation.ActualParameters.Single(p => p.Name == name)) : name;
        await Infrastructure.Expect.ErrorAsync(response, HttpStatusCode.BadRequest, "validation", wire);
    }

    [Fact]
    public void The_document_marks_inferred_constraints_on_bodies_and_parameters()
    {
        var document = server.Services.GetRequiredService<PartnerApiDocument>();
        var marked = Marked(document).ToList();

        Assert.Contains(marked, m => m.Target == "body:seats");
        Assert.Contains(marked, m => m.Target == "path:licenseId");
        Assert.Contains(marked, m => m.Target == "query:number");
    }

    private static IEnumerable<(SpecOperation Operation, string Target)> Marked(PartnerApiDocument document)
    {
        foreach (var operation in document.Operations)
        {
            if (BodySchema(operation) is { } body)
            {
                foreach (var (name, property) in body.ActualProperties)
                {
                    if (Constrained(property) is not null)
                    {
                        yield return (operation, $"body:{name}");
                    }
                }
            }

            foreach (var parameter in operation.Operation.ActualParameters.Select(p => p.ActualParameter))
            {
                if (parameter.Kind is OpenApiParameterKind.Path or OpenApiParameterKind.Query && Constrained(parameter.ActualSchema) is not null)
                {
                    yield return (operation, $"{parameter.Kind.ToString().ToLowerInvariant()}:{parameter.Name}");
                }
            }
        }
    }

    /// <summary>The schema (the property's own, or the shared one it wraps) that carries an x-inferred minimum, minimum length or pattern.</summary>
    private static JsonSchema? Constrained(JsonSchema schema) =>
        new[] { schema, schema.ActualSchema }.Concat(schema.AllOf.Select(a => a.ActualSchema))
            .FirstOrDefault(s => s.ExtensionData?.ContainsKey("x-inferred") == true && (s.MinLength is not null || s.Minimum is not null || s.Pattern is not null));

    private static string Text(object value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    private static object Breaking(JsonSchema schema) =>
        schema.Minimum is { } minimum ? (object)(long)(minimum - 1)
        : schema.MinLength is { } length ? new string('x', length - 1)
        : "not matching!";

    private static JsonSchema? BodySchema(SpecOperation operation) =>
        operation.Operation.ActualRequestBody?.Content.TryGetValue("application/json", out var media) == true ? media.Schema?.ActualSchema : null;

    private static (Dictionary<string, string> Path, Dictionary<string, string> Query, Newtonsoft.Json.Linq.JObject? Body) ExampleRequest(SpecOperation operation)
    {
        var parameters = operation.Operation.ActualParameters.Select(p => p.ActualParameter).ToList();
        string Example(OpenApiParameter p) => Convert.ToString(p.Example ?? p.ActualSchema.Example, System.Globalization.CultureInfo.InvariantCulture) ?? "1";
        var path = parameters.Where(p => p.Kind == OpenApiParameterKind.Path).ToDictionary(p => p.Name, Example);
        var query = parameters.Where(p => p.Kind == OpenApiParameterKind.Query && p.IsRequired).ToDictionary(p => p.Name, Example);
        Newtonsoft.Json.Linq.JObject? body = null;
        if (operation.Operation.ActualRequestBody?.Content.TryGetValue("application/json", out var media) == true)
        {
            var example = media.Examples.Values.FirstOrDefault()?.Value ?? media.Example;
            body = Newtonsoft.Json.Linq.JObject.FromObject(example!);
        }

        return (path, query, body);
    }

    [GeneratedRegex("{([^}]+)}")]
    private static partial Regex PathParameter();
}

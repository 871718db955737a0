using System.Text.Json;
using LiveChat.Partners.Mock.Domain.Experts;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Sandboxes;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// The admin API under <c>/_mock/</c> (described in <c>openapi/mock-admin.yaml</c>): sandboxes, state
/// setters, the request journal and fault injection. It needs no token: it is for the machine that runs the mock.
/// </summary>
public static class AdminEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Maps the admin API.</summary>
    public static void MapMockAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_mock");
        admin.MapPost("/sandboxes", CreateSandbox);
        admin.MapGet("/sandboxes", (SandboxRegistry registry) => Ok(new { result = registry.All.Select(s => s.Credentials).ToList() }));
        admin.MapGet("/sandboxes/{id}", (string id, SandboxRegistry registry) => WithSandbox(registry, id, s => Ok(s.Credentials)));
        admin.MapDelete("/sandboxes/{id}", (string id, SandboxRegistry registry) =>
            registry.Delete(id) ? Results.NoContent() : NotFound(id));
        admin.MapPost("/sandboxes/{id}/reset", (string id, SandboxRegistry registry) => WithSandbox(registry, id, s =>
        {
            registry.Reset(s);
            return Ok(s.Credentials);
        }));
        admin.MapPut("/sandboxes/{id}/balance", SetBalance);
        admin.MapPut("/sandboxes/{id}/expert", SetExpert);
        admin.MapPatch("/sandboxes/{id}/licenses/{licenseId}", SetLicenseFlags);
        admin.MapGet("/sandboxes/{id}/journal", (string id, SandboxRegistry registry) => WithSandbox(registry, id, s => Ok(new { result = s.Journal.Entries })));
        admin.MapDelete("/sandboxes/{id}/journal", (string id, SandboxRegistry registry) => WithSandbox(registry, id, s =>
        {
            s.Journal.Clear();
            return Results.NoContent();
        }));
        admin.MapPost("/sandboxes/{id}/faults", AddFault);
        admin.MapGet("/sandboxes/{id}/faults", (string id, SandboxRegistry registry) => WithSandbox(registry, id, s => Ok(new { result = s.Faults.Rules })));
        admin.MapDelete("/sandboxes/{id}/faults", (string id, SandboxRegistry registry) => WithSandbox(registry, id, s =>
        {
            s.Faults.Clear();
            return Results.NoContent();
        }));
        admin.MapGet("/journal", (AnonymousJournal anonymous) => Ok(new { result = anonymous.Journal.Entries }));
        admin.MapDelete("/journal", (AnonymousJournal anonymous) =>
        {
            anonymous.Journal.Clear();
            return Results.NoContent();
        });
        admin.Map("{**rest}", (HttpContext context) => Error(404, $"no admin operation at {context.Request.Method} {context.Request.Path}"));
    }

    private static async Task<IResult> CreateSandbox(HttpRequest request, SandboxRegistry registry)
    {
        var body = await ReadAsync<CreateSandboxRequest>(request) ?? new CreateSandboxRequest(null, null);
        if (body.PartnerId is not null && !System.Text.RegularExpressions.Regex.IsMatch(body.PartnerId, "^[a-z0-9]{2,32}$"))
        {
            return Error(400, "partner_id: must be 2-32 lower-case letters or digits", "partner_id");
        }

        if (body.Token is { Length: < 8 })
        {
            return Error(400, "token: must be at least 8 characters", "token");
        }

        try
        {
            var sandbox = registry.Create(body.PartnerId, body.Token);
            return Results.Json(sandbox.Credentials, Json, statusCode: 201);
        }
        catch (InvalidOperationException e)
        {
            return Error(409, e.Message);
        }
        catch (ApiErrorException e)
        {
            return Results.Content(ErrorBody.Create(e.Status, e.Message, e.Fields).ToString(Newtonsoft.Json.Formatting.None), "application/json", statusCode: e.Status);
        }
    }

    private static async Task<IResult> SetBalance(string id, HttpRequest request, SandboxRegistry registry)
    {
        var body = await ReadAsync<SetBalanceRequest>(request);
        if (body?.Balance is not { } balance || balance < 0)
        {
            return Error(400, "balance: is required and must be a number >= 0", "balance");
        }

        return WithSandbox(registry, id, s => Ok(new { balance = s.Write(state => state.Earnings.Balance = balance) }));
    }

    private static async Task<IResult> SetExpert(string id, HttpRequest request, SandboxRegistry registry)
    {
        var body = await ReadAsync<SetExpertRequest>(request);
        if (body?.Status is not ("none" or "pending" or "verified" or "rejected"))
        {
            return Error(400, "status: must be one of none, pending, verified, rejected", "status");
        }

        return WithSandbox(registry, id, s => s.Write(state =>
        {
            if (body.Status == "none")
            {
                state.Expert.Resign();
            }
            else
            {
                state.Expert.Become(SandboxSeed.ReferenceExpertProfile(), $"https://cdn.livechatinc.com/experts/{s.Id}/logo.png");
                state.Expert.Status = Controllers.Wire.WireNames.ToExpertStatus(body.Status)!.Value;
            }

            return Ok(new { status = body.Status });
        }));
    }

    private static async Task<IResult> SetLicenseFlags(string id, string licenseId, HttpRequest request, SandboxRegistry registry)
    {
        var body = await ReadAsync<SetLicenseFlagsRequest>(request);
        if (body is null)
        {
            return Error(400, "body: is required (paid, expired, blocked, cc_added)", "body");
        }

        return WithSandbox(registry, id, s => s.Write(state =>
        {
            var license = state.Licenses.Get(licenseId);
            license.Paid = body.Paid ?? license.Paid;
            license.Expired = body.Expired ?? license.Expired;
            license.Blocked = body.Blocked ?? license.Blocked;
            license.CcAdded = body.CcAdded ?? license.CcAdded;
            return Ok(new { license = license.Id, paid = license.Paid, expired = license.Expired, blocked = license.Blocked, cc_added = license.CcAdded });
        }));
    }

    private static async Task<IResult> AddFault(string id, HttpRequest request, SandboxRegistry registry)
    {
        var body = await ReadAsync<AddFaultRequest>(request);
        if (body?.Path is null || !body.Path.StartsWith('/'))
        {
            return Error(400, "path: is required and starts with / (a trailing * matches a prefix)", "path");
        }

        if (body.Status is not null and (< 400 or > 599))
        {
            return Error(400, "status: must be between 400 and 599", "status");
        }

        if (body.Status is null && body.DelayMs is null or 0 && body.Drop != true)
        {
            return Error(400, "body: give status, delay_ms or drop", "status");
        }

        if (body.Count is < 1 || body.DelayMs is < 0 or > 60000)
        {
            return Error(400, "count must be >= 1 and delay_ms 0..60000", body.Count is < 1 ? "count" : "delay_ms");
        }

        return WithSandbox(registry, id, s =>
        {
            var rule = s.Faults.Add(ruleId => new FaultRule(ruleId, body.Method?.ToUpperInvariant() ?? "*", body.Path, body.Count ?? 1, body.Status, body.RetryAfter, body.DelayMs ?? 0, body.Drop ?? false));
            return Results.Json(rule, Json, statusCode: 201);
        });
    }

    private static IResult WithSandbox(SandboxRegistry registry, string id, Func<Sandbox, IResult> action)
    {
        var sandbox = registry.Find(id);
        if (sandbox is null)
        {
            return NotFound(id);
        }

        try
        {
            return action(sandbox);
        }
        catch (ApiErrorException e)
        {
            return Results.Content(ErrorBody.Create(e.Status, e.Message, e.Fields).ToString(Newtonsoft.Json.Formatting.None), "application/json", statusCode: e.Status);
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw new ApiErrorException(400, $"body: malformed JSON: {e.Message}", new ErrorField("body", "malformed JSON"));
        }
    }

    private static IResult Ok(object value) => Results.Json(value, Json);

    private static IResult NotFound(string id) => Error(404, $"no sandbox '{id}'");

    private static IResult Error(int status, string message, string? field = null) =>
        Results.Content(ErrorBody.Create(status, message, field is null ? null : [new ErrorField(field, message.Contains(": ", StringComparison.Ordinal) ? message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..] : message)]).ToString(Newtonsoft.Json.Formatting.None), "application/json", statusCode: status);
}

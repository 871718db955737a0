using LiveChat.Partners.Mock.Controllers.Wire;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Sandboxes;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// The admin API under <c>/_mock/</c> (described in <c>openapi/mock-admin.yaml</c>): sandboxes, state
/// setters, the request journal and fault injection. Every request is first validated against that document by
/// the Partner API's validator (<see cref="AdminRequestValidation"/>); refusals use the Partner API's error body.
/// It needs no Partner API token; on an address that is not loopback it needs the admin key
/// (<see cref="Pipeline.AdminKeyMiddleware"/>).
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Maps the admin API.</summary>
    public static void MapMockAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_mock").WithMetadata(AdminEndpointMetadata.Instance).AddEndpointFilter<AdminRequestValidation>();
        admin.MapPost("/sandboxes", CreateSandbox);
        admin.MapGet("/sandboxes", (SandboxRegistry registry) => AdminJson.Ok(new { result = registry.All.Select(s => s.Credentials).ToList() }));
        admin.MapGet("/sandboxes/{partnerId}", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) => AdminJson.Ok(Find(registry, id).Credentials));
        admin.MapDelete("/sandboxes/{partnerId}", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) =>
            registry.Delete(id) ? Results.NoContent() : throw NoSandbox(id));
        admin.MapPost("/sandboxes/{partnerId}/reset", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) =>
        {
            var sandbox = Find(registry, id);
            registry.Reset(sandbox);
            return AdminJson.Ok(sandbox.Credentials);
        });
        admin.MapPut("/sandboxes/{partnerId}/balance", SetBalance);
        admin.MapPut("/sandboxes/{partnerId}/expert", SetExpert);
        admin.MapPatch("/sandboxes/{partnerId}/licenses/{licenseId}", SetLicenseFlags);
        admin.MapGet("/sandboxes/{partnerId}/journal", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) => AdminJson.Ok(new { result = Find(registry, id).Journal.Entries }));
        admin.MapDelete("/sandboxes/{partnerId}/journal", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) =>
        {
            Find(registry, id).Journal.Clear();
            return Results.NoContent();
        });
        admin.MapPost("/sandboxes/{partnerId}/faults", AddFault);
        admin.MapGet("/sandboxes/{partnerId}/faults", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) => AdminJson.Ok(new { result = Find(registry, id).Faults.Rules }));
        admin.MapDelete("/sandboxes/{partnerId}/faults", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) =>
        {
            Find(registry, id).Faults.Clear();
            return Results.NoContent();
        });
        admin.MapMockClock();
        admin.MapMockCoverage();
        admin.MapMockState();
        admin.MapGet("/journal", (AnonymousJournal anonymous) => AdminJson.Ok(new { result = anonymous.Journal.Entries }));
        admin.MapDelete("/journal", (AnonymousJournal anonymous) =>
        {
            anonymous.Journal.Clear();
            return Results.NoContent();
        });

        // Reached only by paths the document describes with a method it does not (the filter answers the rest).
        admin.Map("{**rest}", (HttpContext context) => AdminJson.Error(404, $"no admin operation at {context.Request.Method} {context.Request.Path}"));
    }

    private static IResult CreateSandbox(HttpContext context, SandboxRegistry registry)
    {
        var body = AdminJson.Body<CreateSandboxRequest>(context) ?? new CreateSandboxRequest();
        try
        {
            return AdminJson.Ok(registry.Create(body.PartnerId, body.Token).Credentials, StatusCodes.Status201Created);
        }
        catch (InvalidOperationException e)
        {
            throw ApiErrorException.Conflict(e.Message);
        }
    }

    private static IResult SetBalance([FromRoute(Name = "partnerId")] string id, HttpContext context, SandboxRegistry registry)
    {
        var body = AdminJson.Body<SetBalanceRequest>(context)!;
        return AdminJson.Ok(new { balance = Find(registry, id).Write(state => state.Earnings.Balance = body.Balance) });
    }

    private static IResult SetExpert([FromRoute(Name = "partnerId")] string id, HttpContext context, SandboxRegistry registry)
    {
        var body = AdminJson.Body<SetExpertRequest>(context)!;
        var sandbox = Find(registry, id);
        return sandbox.Write(state =>
        {
            if (WireNames.ToExpertStatus(body.Status) is { } status)
            {
                state.Expert.Become(SandboxSeed.ReferenceExpertProfile(), $"https://cdn.livechatinc.com/experts/{sandbox.Id}/logo.png");
                state.Expert.Status = status;
            }
            else
            {
                state.Expert.Resign(); // "none", the one other value the document's enum allows
            }

            return AdminJson.Ok(new { status = body.Status });
        });
    }

    private static IResult SetLicenseFlags([FromRoute(Name = "partnerId")] string id, [FromRoute(Name = "licenseId")] string licenseId, HttpContext context, SandboxRegistry registry)
    {
        var body = AdminJson.Body<SetLicenseFlagsRequest>(context)!;
        return Find(registry, id).Write(state =>
        {
            var license = state.Licenses.Get(licenseId);
            license.Paid = body.Paid ?? license.Paid;
            license.Expired = body.Expired ?? license.Expired;
            license.Blocked = body.Blocked ?? license.Blocked;
            license.CcAdded = body.CcAdded ?? license.CcAdded;
            return AdminJson.Ok(new { license = license.Id, paid = license.Paid, expired = license.Expired, blocked = license.Blocked, cc_added = license.CcAdded });
        });
    }

    private static IResult AddFault([FromRoute(Name = "partnerId")] string id, HttpContext context, SandboxRegistry registry)
    {
        var body = AdminJson.Body<AddFaultRequest>(context)!;
        if (body.Status is null && body.DelayMs is null or 0 && body.Drop != true)
        {
            throw ApiErrorException.Validation("status", "give status, delay_ms or drop");
        }

        var rule = Find(registry, id).Faults.Add(ruleId => new FaultRule(ruleId, body.Method?.ToUpperInvariant() ?? "*", body.Path, body.Count ?? 1, body.Status, body.RetryAfter, body.DelayMs ?? 0, body.Drop ?? false));
        return AdminJson.Ok(rule, StatusCodes.Status201Created);
    }

    private static Sandbox Find(SandboxRegistry registry, string id) => registry.Find(id) ?? throw NoSandbox(id);

    private static ApiErrorException NoSandbox(string id) => ApiErrorException.NotFound($"no sandbox '{id}'", "partner_id");
}

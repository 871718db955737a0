using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Sandboxes;
using LiveChat.Partners.Mock.Sandboxes.State;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// A sandbox's whole state as a fixture (<c>/_mock/sandboxes/{partnerId}/state</c>, <c>SandboxState</c> in
/// <c>mock-admin.yaml</c>): export it, or import one in its place. Export, import, export is identical.
/// </summary>
public static class StateEndpoints
{
    /// <summary>Maps the state's operations on the admin group.</summary>
    public static void MapMockState(this RouteGroupBuilder admin)
    {
        admin.MapGet("/sandboxes/{partnerId}/state", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) =>
        {
            var sandbox = Find(registry, id);
            return AdminJson.Ok(sandbox.Read(state => SandboxStateExport.From(state, sandbox.Now)));
        });
        admin.MapPut("/sandboxes/{partnerId}/state", ([FromRoute(Name = "partnerId")] string id, HttpContext context, SandboxRegistry registry) =>
        {
            var sandbox = Find(registry, id);
            registry.Import(sandbox, AdminJson.Body<SandboxState>(context)!);
            return AdminJson.Ok(sandbox.Credentials);
        });
    }

    private static Sandbox Find(SandboxRegistry registry, string id) =>
        registry.Find(id) ?? throw ApiErrorException.NotFound($"no sandbox '{id}'", "partner_id");
}

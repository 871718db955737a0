using System.Globalization;
using LiveChat.Partners.Mock.Domain;
using LiveChat.Partners.Mock.Errors;
using LiveChat.Partners.Mock.Sandboxes;
using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Admin;

/// <summary>
/// A sandbox's clock (<c>/_mock/sandboxes/{partnerId}/clock</c>, <c>SandboxClock</c> in <c>mock-admin.yaml</c>):
/// read it, move it forward to a time, or advance it by seconds. Each answers the clock's new time.
/// </summary>
public static class ClockEndpoints
{
    /// <summary>Maps the clock's operations on the admin group.</summary>
    public static void MapMockClock(this RouteGroupBuilder admin)
    {
        admin.MapGet("/sandboxes/{partnerId}/clock", ([FromRoute(Name = "partnerId")] string id, SandboxRegistry registry) => Answer(Find(registry, id).Now));
        admin.MapPut("/sandboxes/{partnerId}/clock", ([FromRoute(Name = "partnerId")] string id, HttpContext context, SandboxRegistry registry) =>
        {
            var body = AdminJson.Body<SetClockRequest>(context)!;
            return Answer(Find(registry, id).Clock.MoveTo(ParseNow(body.Now)));
        });
        admin.MapPost("/sandboxes/{partnerId}/clock/advance", ([FromRoute(Name = "partnerId")] string id, HttpContext context, SandboxRegistry registry) =>
        {
            var body = AdminJson.Body<AdvanceClockRequest>(context)!;
            return Answer(Find(registry, id).Clock.Advance(TimeSpan.FromSeconds(body.Seconds)));
        });
    }

    /// <summary>A <c>YYYY-MM-DD HH:MM:SS</c> UTC time, or <c>400</c> naming <paramref name="field"/> (the document's pattern lets 2026-13-45 through).</summary>
    public static DateTimeOffset ParseNow(string value, string field = "now") =>
        DateTimeOffset.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : throw ApiErrorException.Validation(field, "must be a date and time, YYYY-MM-DD HH:MM:SS (UTC)");

    private static IResult Answer(DateTimeOffset now) => AdminJson.Ok(new { now = WireTime.Format(now) });

    private static Sandbox Find(SandboxRegistry registry, string id) =>
        registry.Find(id) ?? throw ApiErrorException.NotFound($"no sandbox '{id}'", "partner_id");
}

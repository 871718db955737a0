using System.Net;
using LiveChat.Partners.Models;

namespace LiveChat.Partners.ContractTests.Infrastructure;

/// <summary>Assertions on the SDK's typed exception.</summary>
public static class Expect
{
    /// <summary>
    /// Asserts that <paramref name="call"/> throws <see cref="ErrorResponse"/> with the status, the error
    /// type the design gives that status, a message, and (when given) the offending field.
    /// </summary>
    public static async Task<ErrorResponse> ErrorAsync(HttpStatusCode status, string errorType, Func<Task> call, string? field = null)
    {
        var error = await Assert.ThrowsAsync<ErrorResponse>(call);
        Assert.True(status == error.StatusCode, $"expected {(int)status}, got {(int)error.StatusCode}: {error.RawBody}");
        Assert.Equal((int)status, error.ResponseStatusCode);
        Assert.Equal(errorType, error.ErrorType);
        Assert.False(string.IsNullOrWhiteSpace(error.ErrorMessage), "the error has no message");
        if (field is not null)
        {
            Assert.True(error.Fields.Any(f => f.Name == field && !string.IsNullOrWhiteSpace(f.Reason)), $"expected field '{field}' in [{string.Join(", ", error.Fields)}]");
        }

        return error;
    }

    /// <summary>400 validation error naming <paramref name="field"/>.</summary>
    public static Task<ErrorResponse> ValidationAsync(string field, Func<Task> call) =>
        ErrorAsync(HttpStatusCode.BadRequest, LiveChatPartnersErrorTypes.Validation, call, field);

    /// <summary>401 for a missing or incorrect token.</summary>
    public static Task<ErrorResponse> UnauthorizedAsync(Func<Task> call) =>
        ErrorAsync(HttpStatusCode.Unauthorized, LiveChatPartnersErrorTypes.Authentication, call);

    /// <summary>403.</summary>
    public static Task<ErrorResponse> ForbiddenAsync(Func<Task> call, string? field = null) =>
        ErrorAsync(HttpStatusCode.Forbidden, LiveChatPartnersErrorTypes.Authorization, call, field);

    /// <summary>404.</summary>
    public static Task<ErrorResponse> NotFoundAsync(Func<Task> call, string? field = null) =>
        ErrorAsync(HttpStatusCode.NotFound, LiveChatPartnersErrorTypes.NotFound, call, field);

    /// <summary>409.</summary>
    public static Task<ErrorResponse> ConflictAsync(Func<Task> call, string? field = null) =>
        ErrorAsync(HttpStatusCode.Conflict, LiveChatPartnersErrorTypes.Conflict, call, field);

    /// <summary>A timestamp as the API writes it (<c>YYYY-MM-DD HH:MM:SS</c>).</summary>
    public static void Timestamp(string? value) => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", value ?? string.Empty);

    /// <summary>An optional timestamp: empty, or <c>YYYY-MM-DD HH:MM:SS</c>.</summary>
    public static void OptionalTimestamp(string? value) => Assert.Matches(@"^(|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})$", value ?? string.Empty);
}

using Microsoft.AspNetCore.Mvc;

namespace LiveChat.Partners.Mock.Serialization;

/// <summary>A 200 whose JSON body is already serialized (<see cref="JsonAnswerCache"/>), written as MVC's formatter writes it.</summary>
public sealed class JsonBytesResult(byte[] body) : ActionResult
{
    /// <summary>The media type MVC's Newtonsoft.Json formatter answers with.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <inheritdoc />
    public override Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.HttpContext.RequestAborted).AsTask();
    }
}

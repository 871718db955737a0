using System.Reflection;
using Microsoft.Kiota.Abstractions;

namespace LiveChat.Partners.Tests;

/// <summary>The generated request builders' URL templates, read from the builders themselves.</summary>
internal static class GeneratedTemplates
{
    /// <summary>The URL template of every generated request builder.</summary>
    public static IEnumerable<string> All()
    {
        var adapter = new StubAdapterNeverCalled();
        var property = typeof(BaseRequestBuilder).GetProperty("UrlTemplate", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!;
        foreach (var type in typeof(LiveChatPartnersClient).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(BaseRequestBuilder)) && !t.IsAbstract))
        {
            var constructor = type.GetConstructor([typeof(Dictionary<string, object>), typeof(IRequestAdapter)]);
            if (constructor is null) continue;
            var builder = constructor.Invoke([new Dictionary<string, object>(), adapter]);
            var template = (string)property.GetValue(builder)!;
            yield return template;
        }
    }
}

/// <summary>The adapter the request builders of <see cref="GeneratedTemplates"/> are made with; no request reaches it.</summary>
internal sealed class StubAdapterNeverCalled : IRequestAdapter
{
    public Microsoft.Kiota.Abstractions.Serialization.ISerializationWriterFactory SerializationWriterFactory => throw new NotSupportedException();

    public string? BaseUrl { get; set; }

    public void EnableBackingStore(Microsoft.Kiota.Abstractions.Store.IBackingStoreFactory backingStoreFactory) => throw new NotSupportedException();

    public Task<T?> ConvertToNativeRequestAsync<T>(RequestInformation requestInfo, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ModelType?> SendAsync<ModelType>(RequestInformation requestInfo, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<ModelType> factory, Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : Microsoft.Kiota.Abstractions.Serialization.IParsable => throw new NotSupportedException();

    public Task<IEnumerable<ModelType>?> SendCollectionAsync<ModelType>(RequestInformation requestInfo, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<ModelType> factory, Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, CancellationToken cancellationToken = default)
        where ModelType : Microsoft.Kiota.Abstractions.Serialization.IParsable => throw new NotSupportedException();

    public Task SendNoContentAsync(RequestInformation requestInfo, Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ModelType?> SendPrimitiveAsync<ModelType>(RequestInformation requestInfo, Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IEnumerable<ModelType>?> SendPrimitiveCollectionAsync<ModelType>(RequestInformation requestInfo, Dictionary<string, Microsoft.Kiota.Abstractions.Serialization.ParsableFactory<Microsoft.Kiota.Abstractions.Serialization.IParsable>>? errorMapping = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}

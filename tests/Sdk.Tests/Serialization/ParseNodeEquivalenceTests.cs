using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;

namespace LiveChat.Partners.Tests.Serialization;

/// <summary>
/// The SDK's JSON parse node reads every response of the document exactly as Kiota's stock node does: the same models
/// (<c>AdditionalData</c> included) for the document's examples and for payloads generated from its schemas with unknown
/// extra fields, and the same exception type for wrong-typed and malformed payloads. The CsCheck seed is printed;
/// replay a run with the environment variable <c>CsCheck_Seed</c>.
/// </summary>
public sealed class ParseNodeEquivalenceTests(ITestOutputHelper output)
{
    private const long Iterations = 400;

    [Fact]
    public void Every_json_response_of_the_document_has_a_generated_model()
    {
        foreach (var unmapped in ResponseSchemas.Unmapped) output.WriteLine($"no model: {unmapped}");
        Assert.NotEmpty(ResponseSchemas.All);
        Assert.Empty(ResponseSchemas.Unmapped);
    }

    [Fact]
    public void The_documents_examples_read_the_same()
    {
        var examples = ResponseSchemas.All.SelectMany(r => r.Examples.Select(e => (Response: r, Json: e.ToJsonString()))).ToList();
        output.WriteLine($"{examples.Count} examples over {ResponseSchemas.All.Count} responses");
        Assert.NotEmpty(examples);
        Assert.All(examples, e =>
        {
            var (stock, fast) = BothParsers.Parse(e.Json, e.Response.ModelType);
            Assert.Null(stock.Error);
            Assert.True(BothParsers.Difference(stock, fast) is null, $"{e.Response}: {BothParsers.Difference(stock, fast)}\n{e.Json}");
        });
    }

    [Fact]
    public void Payloads_generated_from_the_schemas_read_the_same() =>
        Check(Payloads(), ValidPayloadReadsTheSame);

    [Fact]
    public void Payloads_with_their_fields_in_any_order_read_the_same() =>
        // The SDK's node learns the order answers list each type's fields in (ModelFields.Following) and tries the
        // expected field first: payloads whose order changes from one to the next (a wrong guess at every turn) read as
        // Kiota reads them.
        Check(Gen.Select(Payloads(), Gen.Int).Select(t => t.Item1 with { Json = SchemaPayloads.Shuffle(JsonNode.Parse(t.Item1.Json), t.Item2)?.ToJsonString() ?? "null" }), ValidPayloadReadsTheSame);

    [Fact]
    public void A_value_of_the_wrong_type_fails_or_reads_the_same()
    {
        var gen = Gen.Select(Responses(), Gen.Int, SchemaPayloads.AnyJson(2))
            .SelectMany(t => SchemaPayloads.For(t.Item1.Schema).Select(p => new Sample(t.Item1, SchemaPayloads.Replace(p, t.Item2, t.Item3)?.ToJsonString() ?? "null")));
        var failures = 0;
        Check(gen, sample =>
        {
            var (stock, fast) = BothParsers.Parse(sample.Json, sample.Response.ModelType);
            if (stock.Error is not null) failures++;
            return BothParsers.Difference(stock, fast);
        });
        output.WriteLine($"{failures} of {Iterations} payloads failed in both parsers with the same exception type");
        Assert.True(failures > 0, "no wrong-typed payload made Kiota throw: the generator does not reach the error paths");
    }

    [Fact]
    public void A_malformed_payload_fails_the_same_way()
    {
        var gen = Gen.Select(Payloads(), Gen.Int[0, int.MaxValue], Gen.OneOf("", ",", "}", "]", "{", "\"", "tru", "01", "/*", "\u0000"))
            .Select(t =>
            {
                var cut = t.Item2 % (t.Item1.Json.Length + 1);
                return t.Item1 with { Json = t.Item1.Json[..cut] + t.Item3 };
            });
        var failures = 0;
        Check(gen, sample =>
        {
            var (stock, fast) = BothParsers.Parse(sample.Json, sample.Response.ModelType);
            if (stock.Error is not null) failures++;
            return BothParsers.Difference(stock, fast);
        });
        output.WriteLine($"{failures} of {Iterations} payloads failed in both parsers with the same exception type");
        Assert.True(failures > Iterations / 2, "most cut payloads should be malformed");
    }

    // A payload of its schema: Kiota reads it without error, and the SDK's node reads the same model.
    private static string? ValidPayloadReadsTheSame(Sample sample)
    {
        var (stock, fast) = BothParsers.Parse(sample.Json, sample.Response.ModelType);
        Assert.Null(stock.Error);
        return BothParsers.Difference(stock, fast);
    }

    private static Gen<ResponseSchema> Responses() => Gen.OneOf(ResponseSchemas.All.ToArray());

    private static Gen<Sample> Payloads() =>
        Responses().SelectMany(r => SchemaPayloads.For(r.Schema).Select(p => new Sample(r, p?.ToJsonString() ?? "null")));

    private void Check(Gen<Sample> gen, Func<Sample, string?> difference)
    {
        var seed = Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } given
            ? given
            : new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();
        output.WriteLine($"CsCheck seed: {seed} ({Iterations} iterations; replay with CsCheck_Seed={seed})");
        gen.Sample(
            sample =>
            {
                if (difference(sample) is { } d) throw new Xunit.Sdk.XunitException($"{sample.Response}: {d}\n{sample.Json}");
            },
            seed: seed,
            iter: Iterations,
            threads: 1,
            print: s => $"{s.Response}: {s.Json}");
    }

    /// <summary>One payload for one response.</summary>
    public sealed record Sample(ResponseSchema Response, string Json);
}

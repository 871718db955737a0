using System.Runtime.Serialization;
using System.Text;
using System.Text.Json;
using LiveChat.Partners.Serialization;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace LiveChat.Partners.Tests.Serialization;

/// <summary>
/// The cases of Kiota's own <c>JsonParseNodeTests</c> (kiota-dotnet, tests/serialization/json) that apply to the
/// default serialization context, run on Kiota's node and on ours: the same value or the same exception type, and
/// Kiota's expected value where its test states one.
/// </summary>
public sealed class KiotaJsonParseNodeCases
{
    public static TheoryData<string> Inputs() =>
    [
        "42", "\"42\"", "\"not-a-number\"", "null", "13.37", "\"13.37\"", "true", "false", "\"\"", "0", "-1", "255", "256", "-129",
        "2147483648", "9223372036854775808", "1e3", "1E+400", "79228162514264337593543950336", "{}", "[]", "[1,2]",
        "\"2017-07-29T03:07:25Z\"", "\"2024-01-15T00:00:00\\u002B00:00\"", "\"2017-09-04\"", "\"invalid-date\"", "\"PT1H\"",
        "\"08:00:00.0000000\"", "\"1.02:03:04\"", "\"48d31887-5fad-4d73-a9f5-3c356e68a038\"", "\"dGVzdA==\"", "\"not base64!\"",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_scalar_getter_answers_as_Kiota(string json)
    {
        var getters = new (string Name, Func<IParseNode, object?> Get)[]
        {
            ("string", n => n.GetStringValue()), ("bool", n => n.GetBoolValue()), ("byte", n => n.GetByteValue()),
            ("sbyte", n => n.GetSbyteValue()), ("int", n => n.GetIntValue()), ("long", n => n.GetLongValue()),
            ("float", n => n.GetFloatValue()), ("double", n => n.GetDoubleValue()), ("decimal", n => n.GetDecimalValue()),
            ("guid", n => n.GetGuidValue()), ("DateTimeOffset", n => n.GetDateTimeOffsetValue()), ("TimeSpan", n => n.GetTimeSpanValue()),
            ("Date", n => n.GetDateValue()), ("Time", n => n.GetTimeValue()), ("bytes", n => n.GetByteArrayValue()),
            ("enum", n => n.GetEnumValue<TestNamingEnum>()), ("child", n => n.GetChildNode("x")?.GetStringValue()),
            ("enums", n => n.GetCollectionOfEnumValues<TestNamingEnum>().ToList()),
            ("strings", n => n.GetCollectionOfPrimitiveValues<string>().ToList()),
            ("ints", n => n.GetCollectionOfPrimitiveValues<int?>().ToList()),
            ("untyped", n => n.GetObjectValue(UntypedNode.CreateFromDiscriminatorValue)),
        };
        foreach (var (name, get) in getters)
        {
            var stock = Outcome(() => get(new JsonParseNode(Element(json))));
            var fast = Outcome(() => get(Fast(json)));
            Assert.True(BothParsers.Difference(stock, fast) is null, $"{name} of {json}: {BothParsers.Difference(stock, fast)}");
        }
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("\"42\"", null)]
    [InlineData("\"not-a-number\"", null)]
    [InlineData("null", null)]
    public void GetIntValue_CanReadNumber(string input, int? expected) => Assert.Equal(expected, Fast(input).GetIntValue());

    [Theory]
    [InlineData("13.37", 13.37)]
    [InlineData("\"13.37\"", null)]
    [InlineData("null", null)]
    public void GetDecimalValue_CanReadNumber(string input, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected, Fast(input).GetDecimalValue());

    [Fact]
    public void GetsEntityValueFromJson()
    {
        var user = Both(TestUserJson);
        Assert.Equal("Megan Bowen", user.DisplayName);
        Assert.Equal(TestNamingEnum.Item2SubItem1, user.TestNamingEnum);
        Assert.Equal(["+1 412 555 0109"], user.BusinessPhones);
        Assert.Equal(TimeSpan.FromHours(1), user.WorkDuration);
        Assert.Equal(new DateTimeOffset(2017, 7, 29, 3, 7, 25, TimeSpan.Zero), user.CreatedDateTime);
        Assert.Null(user.MobilePhone);
        Assert.Equal("https://graph.microsoft.com/v1.0/$metadata#users/$entity", user.AdditionalData["@odata.context"]);
        Assert.Equal("48d31887-5fad-4d73-a9f5-3c356e68a038", user.Id);
    }

    [Fact]
    public void GetEntityWithUntypedNodesFromJson()
    {
        var entity = Both(TestUntypedJson);
        var location = Assert.IsType<UntypedObject>(entity.Location);
        var address = Assert.IsType<UntypedObject>(location.GetValue()["address"]);
        Assert.Equal("Redmond", Assert.IsType<UntypedString>(address.GetValue()["city"]).GetValue());
        Assert.Equal(50, Assert.IsType<UntypedInteger>(location.GetValue()["floorCount"]).GetValue());
        Assert.IsType<UntypedNull>(location.GetValue()["contact"]);
        var keywords = Assert.IsType<UntypedArray>(entity.Keywords);
        Assert.Equal(6442450942L, Assert.IsType<UntypedLong>(Assert.IsType<UntypedObject>(keywords.GetValue().First()).GetValue()["wssId"]).GetValue());
        Assert.IsType<UntypedArray>(entity.AdditionalData["table"]);
    }

    [Fact]
    public void GetCollectionOfObjectValuesFromJson() =>
        Assert.Equal("Megan Bowen", Assert.Single(ReadBoth($"[{TestUserJson}]", n => n.GetCollectionOfObjectValues(TestEntity.Create).ToList())).DisplayName);

    [Fact]
    public void GetCollectionOfEnumValuesFromJson() =>
        Assert.Equal([TestNamingEnum.Item2SubItem1, TestNamingEnum.Item3SubItem1, null],
            ReadBoth("[\"Item2:SubItem1\",\"Item3:SubItem1\",\"unknown\"]", n => n.GetCollectionOfEnumValues<TestNamingEnum>().ToList()));

    [Fact]
    public void ReturnsDefaultIfChildNodeDoesNotExist() => Assert.Null(Fast(TestUserJson).GetChildNode("nope"));

    [Fact]
    public void The_before_and_after_callbacks_run_for_every_object_in_the_same_order()
    {
        var json = $"[{TestUserJson},{{\"manager\":{TestUserJson}}}]";
        Assert.Equal(Calls(new JsonParseNodeFactory(), json), Calls(new FastJsonParseNodeFactory(), json));
        Assert.Equal(6, Calls(new FastJsonParseNodeFactory(), json).Count);
    }

    [Fact]
    public void The_root_returns_its_pooled_document_after_the_read()
    {
        var root = Root(new FastJsonParseNodeFactory(), TestUserJson);
        Assert.Equal("Megan Bowen", root.GetObjectValue(TestEntity.Create).DisplayName);
        Assert.Throws<ObjectDisposedException>(() => root.GetObjectValue(TestEntity.Create));
    }

    [Fact]
    public void The_factory_refuses_what_Kiotas_refuses()
    {
        foreach (var factory in new IParseNodeFactory[] { new JsonParseNodeFactory(), new FastJsonParseNodeFactory() })
        {
            Assert.Throws<ArgumentNullException>(() => factory.GetRootParseNodeAsync("", new MemoryStream()).GetAwaiter().GetResult());
            Assert.Throws<ArgumentOutOfRangeException>(() => factory.GetRootParseNodeAsync("text/plain", new MemoryStream()).GetAwaiter().GetResult());
            Assert.Throws<ArgumentNullException>(() => factory.GetRootParseNodeAsync("application/json", null!).GetAwaiter().GetResult());
            Assert.ThrowsAny<JsonException>(() => factory.GetRootParseNodeAsync("application/json", new MemoryStream("{"u8.ToArray())).GetAwaiter().GetResult());
        }
    }

    private static List<string> Calls(IParseNodeFactory factory, string json)
    {
        var calls = new List<string>();
        var root = Root(factory, json);
        root.OnBeforeAssignFieldValues = p => calls.Add($"before {((TestEntity)p).DisplayName}");
        root.OnAfterAssignFieldValues = p => calls.Add($"after {((TestEntity)p).DisplayName}");
        _ = root.GetCollectionOfObjectValues(TestEntity.Create).ToList();
        return calls;
    }

    private static TestEntity Both(string json) => ReadBoth(json, n => n.GetObjectValue(TestEntity.Create));

    private static T ReadBoth<T>(string json, Func<IParseNode, T> read)
    {
        var stock = read(Root(new JsonParseNodeFactory(), json));
        var fast = read(Root(new FastJsonParseNodeFactory(), json));
        Assert.Null(ModelComparer.FirstDifference(stock, fast));
        return fast;
    }

    private static IParseNode Root(IParseNodeFactory factory, string json) =>
        factory.GetRootParseNodeAsync("application/json", new MemoryStream(Encoding.UTF8.GetBytes(json))).GetAwaiter().GetResult();

    private static IParseNode Fast(string json) => new FastJsonParseNode(Element(json), new ModelFieldTables());

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static ParseOutcome Outcome(Func<object?> read)
    {
        try
        {
            return new ParseOutcome(read(), null);
        }
        catch (Exception e)
        {
            return new ParseOutcome(null, e);
        }
    }

    private const string TestUserJson = """
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users/$entity","businessPhones":["+1 412 555 0109"],
         "displayName":"Megan Bowen","numbers":"one,two,thirtytwo","testNamingEnum":"Item2:SubItem1","givenName":"Megan",
         "accountEnabled":true,"createdDateTime":"2017-07-29T03:07:25Z","jobTitle":"Auditor","mobilePhone":null,
         "officeLocation":null,"workDuration":"PT1H","startWorkTime":"08:00:00.0000000","birthDay":"2017-09-04",
         "id":"48d31887-5fad-4d73-a9f5-3c356e68a038"}
        """;

    private const string TestUntypedJson = """
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#sites","id":"5","title":"Project 101",
         "location":{"address":{"city":"Redmond","postalCode":"98052","state":"Washington","street":"NE 36th St"},
                     "coordinates":{"latitude":47.641942,"longitude":-122.127222},"displayName":"Microsoft Building 92",
                     "floorCount":50,"hasReception":true,"contact":null},
         "keywords":[{"created":"2023-07-26T10:41:26Z","label":"Keyword1","termGuid":"10e9cc83-b5a4-4c8d-8dab-4ada1252dd70","wssId":6442450942},
                     {"created":"2023-07-26T10:51:26Z","label":"Keyword2","termGuid":"2cae6c6a-9bb8-4a78-afff-81b88e735fef","wssId":6442450943}],
         "detail":null,"table":[[1,2,3],[4,5,6],[7,8,9]],"extra":{"createdDateTime":"2024-01-15T00:00:00\u002B00:00"}}
        """;

    /// <summary>Kiota's test enum with wire names that are not C# names.</summary>
    public enum TestNamingEnum
    {
        [EnumMember(Value = "Item1")]
        Item1,
        [EnumMember(Value = "Item2:SubItem1")]
        Item2SubItem1,
        [EnumMember(Value = "Item3:SubItem1")]
        Item3SubItem1,
    }

    /// <summary>A model like Kiota's TestEntity, written the way Kiota generates one.</summary>
    public sealed class TestEntity : IParsable, IAdditionalDataHolder
    {
        public IDictionary<string, object> AdditionalData { get; set; } = new Dictionary<string, object>();
        public string? Id { get; set; }
        public string? DisplayName { get; set; }
        public string? MobilePhone { get; set; }
        public bool? AccountEnabled { get; set; }
        public List<string>? BusinessPhones { get; set; }
        public DateTimeOffset? CreatedDateTime { get; set; }
        public TimeSpan? WorkDuration { get; set; }
        public Microsoft.Kiota.Abstractions.Time? StartWorkTime { get; set; }
        public Microsoft.Kiota.Abstractions.Date? BirthDay { get; set; }
        public TestNamingEnum? TestNamingEnum { get; set; }
        public TestEntity? Manager { get; set; }
        public UntypedNode? Location { get; set; }
        public UntypedNode? Keywords { get; set; }

        public static TestEntity Create(IParseNode node) => new();

        public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
        {
            { "id", n => { Id = n.GetStringValue(); } },
            { "displayName", n => { DisplayName = n.GetStringValue(); } },
            { "mobilePhone", n => { MobilePhone = n.GetStringValue(); } },
            { "accountEnabled", n => { AccountEnabled = n.GetBoolValue(); } },
            { "businessPhones", n => { BusinessPhones = n.GetCollectionOfPrimitiveValues<string>()?.ToList(); } },
            { "createdDateTime", n => { CreatedDateTime = n.GetDateTimeOffsetValue(); } },
            { "workDuration", n => { WorkDuration = n.GetTimeSpanValue(); } },
            { "startWorkTime", n => { StartWorkTime = n.GetTimeValue(); } },
            { "birthDay", n => { BirthDay = n.GetDateValue(); } },
            { "testNamingEnum", n => { TestNamingEnum = n.GetEnumValue<TestNamingEnum>(); } },
            { "manager", n => { Manager = n.GetObjectValue(Create); } },
            { "location", n => { Location = n.GetObjectValue(UntypedNode.CreateFromDiscriminatorValue); } },
            { "keywords", n => { Keywords = n.GetObjectValue(UntypedNode.CreateFromDiscriminatorValue); } },
        };

        public void Serialize(ISerializationWriter writer) => throw new NotSupportedException();
    }
}

namespace LiveChat.Partners.Mock.Tests.Infrastructure;

/// <summary>Recurly card query strings.</summary>
public static class Cards
{
    /// <summary>A valid card (Luhn-valid test number, expiry years ahead).</summary>
    public static Dictionary<string, string> Valid() => new()
    {
        ["key"] = "ewr1-QCXZap10wOSm13fxI4u5Jt",
        ["first_name"] = "Joe",
        ["last_name"] = "Doe",
        ["number"] = "4111111111111111",
        ["month"] = "12",
        ["year"] = (DateTime.UtcNow.Year + 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["verification_value"] = "123",
        ["address2"] = "Wall Street 123",
        ["city"] = "New York",
        ["state"] = "NY",
        ["zip"] = "10005",
        ["country"] = "US",
    };

    /// <summary>The valid card as a query string, with <paramref name="change"/> applied (a null value removes the parameter).</summary>
    public static string ValidQuery(Action<Dictionary<string, string?>>? change = null)
    {
        var fields = Valid().ToDictionary(p => p.Key, p => (string?)p.Value);
        change?.Invoke(fields);
        return string.Join("&", fields.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }
}

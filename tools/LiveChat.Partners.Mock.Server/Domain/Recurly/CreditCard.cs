using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Recurly;

/// <summary>
/// The card checks Recurly makes before it issues a token (the formats are checked against the spec
/// first): a Luhn-valid number, an expiry month that is not past, a known country code, a public key.
/// </summary>
public static class CreditCard
{
    /// <summary>The public key the reference documents; any <c>ewr1-</c> key is accepted.</summary>
    public const string PublicKeyPrefix = "ewr1-";

    /// <summary>Throws a 400 naming the first refused field.</summary>
    public static void Check(string key, string number, string month, string year, string country, DateTimeOffset now)
    {
        if (!key.StartsWith(PublicKeyPrefix, StringComparison.Ordinal))
        {
            throw ApiErrorException.Validation("key", "is not a valid Recurly public key");
        }

        if (!PassesLuhn(number))
        {
            throw ApiErrorException.Validation("number", "is not a valid credit card number");
        }

        var expiryYear = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
        var expiryMonth = int.Parse(month, System.Globalization.CultureInfo.InvariantCulture);
        var today = now.UtcDateTime;
        if (expiryYear < today.Year)
        {
            throw ApiErrorException.Validation("year", "the card has expired");
        }

        if (expiryYear == today.Year && expiryMonth < today.Month)
        {
            throw ApiErrorException.Validation("month", "the card has expired");
        }

        if (!ReferenceData.IsCountry(country))
        {
            throw ApiErrorException.Validation("country", "is not a known country code");
        }
    }

    /// <summary>The Luhn checksum of a card number.</summary>
    public static bool PassesLuhn(string number)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            var digit = number[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return number.Length > 0 && sum % 10 == 0;
    }
}

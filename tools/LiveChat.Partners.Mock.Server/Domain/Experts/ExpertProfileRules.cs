using LiveChat.Partners.Mock.Errors;

namespace LiveChat.Partners.Mock.Domain.Experts;

/// <summary>
/// The Expert profile rules the spec cannot express: category, language and country codes come from the
/// <c>/data</c> look-ups, and <c>agents</c> and <c>languages</c> are required when a category is
/// <c>outsourcing-customer-service</c> or <c>lead-generation</c>.
/// </summary>
public static class ExpertProfileRules
{
    /// <summary>Throws a 400 naming every refused field.</summary>
    public static void Check(ExpertProfile profile)
    {
        var fields = new List<ErrorField>();
        for (var i = 0; i < profile.Categories.Count; i++)
        {
            if (!ReferenceData.ExpertCategories.Any(c => c.Key == profile.Categories[i]))
            {
                fields.Add(new ErrorField($"categories[{i}]", "is not a known Expert category"));
            }
        }

        for (var i = 0; i < profile.Languages.Count; i++)
        {
            if (!ReferenceData.Languages.Any(c => c.Key == profile.Languages[i]))
            {
                fields.Add(new ErrorField($"languages[{i}]", "is not a known language code"));
            }
        }

        if (!ReferenceData.IsCountry(profile.Country))
        {
            fields.Add(new ErrorField("country", "is not a known country code"));
        }

        if (profile.Categories.Any(ReferenceData.CategoriesNeedingAgents.Contains))
        {
            var reason = $"is required when categories include {string.Join(" or ", ReferenceData.CategoriesNeedingAgents)}";
            if (profile.Agents is null)
            {
                fields.Add(new ErrorField("agents", reason));
            }

            if (profile.Languages.Count == 0)
            {
                fields.Add(new ErrorField("languages", reason));
            }
        }

        if (fields.Count > 0)
        {
            throw new ApiErrorException(400, ErrorBody.MessageFor(fields), [.. fields]);
        }
    }
}

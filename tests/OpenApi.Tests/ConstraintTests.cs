using Newtonsoft.Json.Linq;

namespace LiveChat.Partners.OpenApi.Tests;

/// <summary>The constraints the reference states in words are in the document's schemas.</summary>
public sealed class ConstraintTests
{
    public static TheoryData<string, string, string, string> StatedConstraints => new()
    {
        // schema, property, keyword, value as JSON — each from a sentence of the reference
        { "CreateLiveChatCampaignRequest", "name", "minLength", "5" },
        { "CreateLiveChatCampaignRequest", "name", "maxLength", "100" },
        { "CreateLiveChatCampaignRequest", "trial_duration", "minimum", "14" },
        { "CreateLiveChatCampaignRequest", "trial_duration", "maximum", "60" },
        { "CreatePartnerProgramCampaignRequest", "name", "minLength", "5" },
        { "CreatePartnerProgramCampaignRequest", "name", "maxLength", "100" },
        { "CreateApiTokenRequest", "label", "minLength", "3" },
        { "ChangePasswordRequest", "new_password", "minLength", "6" },
        { "CreateLicenseRequest", "client_name", "minLength", "5" },
        { "CreateLicenseRequest", "client_name", "maxLength", "100" },
        { "CreateLicenseRequest", "client_email", "format", "\"email\"" },
        { "CreateLicenseRequest", "trial_duration", "minimum", "14" },
        { "CreateLicenseRequest", "trial_duration", "maximum", "60" },
        { "CreateLicenseRequest", "payment_origin", "enum", "[\"partner\",\"client\"]" },
        { "CreateLicenseRequest", "data_center", "enum", "[\"dal\",\"fra\"]" },
        { "CreateSubscriptionRequest", "plan", "enum", "[\"starter\",\"team\",\"business\"]" },
        { "CreateSubscriptionRequest", "billing_cycle", "enum", "[\"monthly\",\"annual\"]" },
        { "UpdateSubscriptionRequest", "plan", "enum", "[\"starter\",\"team\",\"business\"]" },
        { "CloseSubscriptionRequest", "expire", "default", "false" },
        { "UpdateBillingRequest", "type", "enum", "[\"business\",\"individual\"]" },
        { "UpdateBillingRequest", "paypal", "format", "\"email\"" },
        { "UpdateProfileRequest", "contact_email", "format", "\"email\"" },
        { "ExpertProfileRequest", "company", "minLength", "4" },
        { "ExpertProfileRequest", "description", "minLength", "10" },
        { "ExpertProfileRequest", "short_description", "minLength", "10" },
        { "ExpertProfileRequest", "website", "format", "\"uri\"" },
        { "ExpertProfileRequest", "agents", "enum", "[\"1-5\",\"6-15\",\"16-30\",\"31-50\",\"51+\"]" },
        // a response: the values the reference shows, open to others
        { "Operator", "permission", "x-extensible-enum", "[\"normal\",\"administrator\",\"owner\"]" },
    };

    [Theory]
    [MemberData(nameof(StatedConstraints))]
    public async Task The_reference_constraint_is_in_the_schema(string schema, string property, string keyword, string value)
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var propertySchema = JsonReferences.Resolve(document, (JObject)document.SelectToken($"components.schemas.{schema}.properties.{property}")!);

        Assert.True(JToken.DeepEquals(JToken.Parse(value), propertySchema[keyword]), $"{schema}.{property}.{keyword} is {propertySchema[keyword]}, the reference says {value}");
    }

    public static TheoryData<string, string[]> RequiredFields => new()
    {
        { "UpdateProfileRequest", ["first_name", "last_name", "contact_name", "contact_email"] },
        { "ChangePasswordRequest", ["current_password", "new_password"] },
        { "CreateApiTokenRequest", ["label"] },
        { "UpdateBillingRequest", ["type", "company", "address", "city", "country", "paypal"] },
        { "CreateLiveChatCampaignRequest", ["name", "trial_duration"] },
        { "CreatePartnerProgramCampaignRequest", ["name"] },
        { "CreateLicenseRequest", ["client_name", "client_email", "payment_origin"] },
        { "CreateSubscriptionRequest", ["token", "plan", "billing_cycle", "seats"] },
        { "UpdateSubscriptionRequest", ["plan", "billing_cycle", "seats"] },
        { "UpdateLicenseBillingRequest", ["token"] },
        { "MoveLicenseRequest", ["new_owner"] },
        { "CloseSubscriptionRequest", ["password"] },
        { "ExpertProfileRequest", ["company", "phone", "description", "short_description", "country", "website", "categories", "projects"] },
    };

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public async Task The_reference_required_payload_fields_are_required(string schema, string[] required)
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var actual = document.SelectToken($"components.schemas.{schema}.required")!.Select(t => (string)t!).Order();

        Assert.Equal(required.Order(), actual);
    }

    [Fact]
    public async Task The_agents_and_languages_rule_depends_on_the_categories()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var rule = document.SelectToken("components.schemas.ExpertProfileRequest.x-required-when[0]")!;

        Assert.Equal(["agents", "languages"], rule["properties"]!.Select(t => (string)t!));
        Assert.Equal(["outsourcing-customer-service", "lead-generation"], rule.SelectToken("when.contains-any")!.Select(t => (string)t!));
    }

    [Fact]
    public async Task The_logo_is_a_raw_png_or_jpeg_of_350_to_1000_pixels()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var upload = document.SelectToken("paths['/experts/profile/logo'].post")!;

        Assert.Equal(["image/png", "image/jpeg"], ((JObject)upload.SelectToken("requestBody.content")!).Properties().Select(p => p.Name));
        Assert.Equal(350, (int)upload.SelectToken("x-image-dimensions.min-width")!);
        Assert.Equal(1000, (int)upload.SelectToken("x-image-dimensions.max-height")!);
    }

    [Fact]
    public async Task The_invoice_pdf_is_application_pdf_and_close_subscription_has_a_body()
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);

        Assert.NotNull(document.SelectToken("paths['/resellers/licenses/{licenseId}/invoices/{invoiceNo}'].get.responses.200.content['application/pdf']"));
        Assert.NotNull(document.SelectToken("paths['/resellers/licenses/{licenseId}/subscription'].delete.requestBody.content['application/json']"));
    }

    [Theory]
    [InlineData("Timestamp", "2018-03-06 15:14:26", true)]
    [InlineData("Timestamp", "", false)]
    [InlineData("Timestamp", "2018-03-06T15:14:26Z", false)]
    [InlineData("OptionalTimestamp", "", true)]
    [InlineData("OptionalTimestamp", "2018-03-06 15:14:26", true)]
    [InlineData("Month", "2018-03", true)]
    public async Task Timestamps_are_modelled_as_the_api_sends_them(string schema, string value, bool valid)
    {
        var document = await SpecDocument.JsonAsync(CancellationToken.None);
        var json = ExampleValidation.Inline(document, new JObject { ["$ref"] = $"#/components/schemas/{schema}" });
        var validator = await NJsonSchema.JsonSchema.FromJsonAsync(json.ToString());

        Assert.Equal(valid, validator.Validate(new JValue(value)).Count == 0);
    }
}

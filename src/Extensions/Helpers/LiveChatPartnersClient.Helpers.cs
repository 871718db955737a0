using LiveChat.Partners.Models;

namespace LiveChat.Partners;

public partial class LiveChatPartnersClient
{
    /// <summary>
    /// Gets a withdrawal's invoice by its id as withdrawals report it, <c>YYYY/M/{partner_id}</c>
    /// (<c>GET /affiliates/withdrawals/invoices/2019/3/xyz</c>).
    /// </summary>
    /// <param name="invoiceId">For example <c>2019/3/xyz</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The invoice.</returns>
    /// <exception cref="FormatException"><paramref name="invoiceId"/> is not <c>YYYY/M/{partner_id}</c>.</exception>
    /// <exception cref="Models.ErrorResponse">The API answered an error (403 when the invoice is not found).</exception>
    public virtual Task<WithdrawalInvoice?> GetWithdrawalInvoiceAsync(string invoiceId, CancellationToken cancellationToken = default) =>
        GetWithdrawalInvoiceAsync(WithdrawalInvoiceId.Parse(invoiceId), cancellationToken);

    /// <summary>Gets a withdrawal's invoice (<c>GET /affiliates/withdrawals/invoices/{year}/{month}/{partner_id}</c>).</summary>
    /// <param name="invoiceId">The parsed invoice id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The invoice.</returns>
    /// <exception cref="Models.ErrorResponse">The API answered an error.</exception>
    public virtual Task<WithdrawalInvoice?> GetWithdrawalInvoiceAsync(WithdrawalInvoiceId invoiceId, CancellationToken cancellationToken = default)
    {
        if (invoiceId.PartnerId is null) throw new ArgumentException("The invoice id is empty.", nameof(invoiceId));
        return Affiliates.Withdrawals.Invoices[invoiceId.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)]
            [invoiceId.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)][invoiceId.PartnerId]
            .GetAsync(cancellationToken: cancellationToken);
    }

    /// <summary>Uploads the Expert logo from a file (<c>POST /experts/profile/logo</c>); PNG or JPEG, detected from the content.</summary>
    /// <param name="path">The image file (350x350 to 1000x1000 pixels).</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The logo's URL.</returns>
    /// <exception cref="ArgumentException">The file is neither PNG nor JPEG.</exception>
    /// <exception cref="Models.ErrorResponse">The API rejected the image (400) or the token (403).</exception>
    public virtual async Task<LogoUrl?> UploadExpertLogoAsync(string path, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(path)) throw new ArgumentException("A file path is required.", nameof(path));
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await UploadExpertLogoAsync(file, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uploads the Expert logo from a stream (<c>POST /experts/profile/logo</c>); PNG or JPEG, detected from the content.</summary>
    /// <param name="image">The image, read from its current position; it is not disposed.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The logo's URL.</returns>
    /// <exception cref="ArgumentException">The content is neither PNG nor JPEG.</exception>
    /// <exception cref="Models.ErrorResponse">The API rejected the image (400) or the token (403).</exception>
    public virtual async Task<LogoUrl?> UploadExpertLogoAsync(Stream image, CancellationToken cancellationToken = default)
    {
        if (image is null) throw new ArgumentNullException(nameof(image));
        var header = new byte[LogoMediaType.HeaderLength];
        var read = 0;
        while (read < header.Length)
        {
#if NET8_0_OR_GREATER
            var n = await image.ReadAsync(header.AsMemory(read), cancellationToken).ConfigureAwait(false);
#else
            var n = await image.ReadAsync(header, read, header.Length - read, cancellationToken).ConfigureAwait(false);
#endif
            if (n == 0) break;
            read += n;
        }

        var mediaType = LogoMediaType.Detect(header.AsSpan(0, read))
            ?? throw new ArgumentException("The Expert logo must be a PNG or JPEG image (its first bytes are neither).", nameof(image));
        using var body = new PrefixedStream(header, read, image);
        return await Experts.Profile.Logo.PostAsync(body, mediaType, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets a license invoice as a PDF stream (<c>GET /resellers/licenses/{licenseId}/invoices/{invoiceNo}</c>).</summary>
    /// <param name="licenseId">The license id.</param>
    /// <param name="invoiceNumber">The invoice number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The PDF; dispose it when done.</returns>
    /// <exception cref="Models.ErrorResponse">The API answered an error (404 when the license or invoice is not found).</exception>
    public virtual async Task<Stream> GetLicenseInvoicePdfAsync(string licenseId, long invoiceNumber, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(licenseId)) throw new ArgumentException("A license id is required.", nameof(licenseId));
        return await Resellers.Licenses[licenseId].Invoices[invoiceNumber].GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? Stream.Null;
    }

    /// <summary>Saves a license invoice PDF to a file, replacing it if it exists.</summary>
    /// <param name="licenseId">The license id.</param>
    /// <param name="invoiceNumber">The invoice number.</param>
    /// <param name="path">Where to write the PDF.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="Models.ErrorResponse">The API answered an error; no file is written.</exception>
    public virtual async Task<long> SaveLicenseInvoicePdfAsync(string licenseId, long invoiceNumber, string path, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(path)) throw new ArgumentException("A file path is required.", nameof(path));
        using var pdf = await GetLicenseInvoicePdfAsync(licenseId, invoiceNumber, cancellationToken).ConfigureAwait(false);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await pdf.CopyToAsync(file, 81920, cancellationToken).ConfigureAwait(false);
        return file.Length;
    }
}

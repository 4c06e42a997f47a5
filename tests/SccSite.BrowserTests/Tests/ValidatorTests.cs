using SccSite.BrowserTests.Gates;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>The Nu HTML Checker over the whole built real site (started when the site is built, beside the browser sweep): zero errors.</summary>
public sealed class ValidatorTests(RealSiteAudit audit)
{
    [Fact]
    public async Task The_nu_html_checker_reports_no_errors()
    {
        var java = ValidatorGate.RequireJava();
        var errors = await audit.ValidateAsync(java);
        GateAssert.Clean("Nu HTML Checker", errors);
    }
}

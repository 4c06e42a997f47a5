using SccSite.BrowserTests.Infrastructure;
using Xunit.Sdk;
using Xunit.v3;

// One Chromium for the whole run; each test class opens its own context.
[assembly: AssemblyFixture(typeof(Chromium))]

// The real site is built and served once (at / and under /sco/); each is swept once, on first use.
[assembly: AssemblyFixture(typeof(RealSiteAudit))]
[assembly: AssemblyFixture(typeof(SubPathSiteAudit))]

// The machine has two cores: test classes run one after another, pages in sequence.
[assembly: Parallelization(Mode = ParallelMode.None)]

// A deliberate upward dependency (Content → Modules), for proving that the layering rule bites.
namespace SccSite.Tests.Architecture.Planted.Modules
{
    public sealed record PlantedModule(string Name);
}

namespace SccSite.Tests.Architecture.Planted.Content
{
    public sealed record PlantedPage(Modules.PlantedModule Module);
}

using Xunit.Sdk;

namespace PaperGraph.Graph.Tests.Contract;

/// <summary>
/// A contract test: runs like <see cref="FactAttribute"/>, unless the store class under test
/// carries a <see cref="StoreAvailabilityAttribute"/> that says the store cannot be reached
/// here; then it is reported as skipped, with that reason.
/// </summary>
[XunitTestCaseDiscoverer("PaperGraph.Graph.Tests.Contract.StoreFactDiscoverer", "PaperGraph.Graph.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Put on a store's contract class: says, when the tests are discovered, why the store cannot be tested here (or null when it can).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public abstract class StoreAvailabilityAttribute : Attribute
{
    /// <summary>Why the store's tests are skipped; null runs them.</summary>
    public abstract string? SkipReason { get; }
}

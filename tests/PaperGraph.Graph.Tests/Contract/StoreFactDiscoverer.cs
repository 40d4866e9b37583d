using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PaperGraph.Graph.Tests.Contract;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests: skipped with the reason the store class gives, else ordinary facts.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var storeClass = testMethod.TestClass.Class.ToRuntimeType();
        var reason = storeClass?.GetCustomAttributes<StoreAvailabilityAttribute>(inherit: false).Select(a => a.SkipReason).FirstOrDefault(r => r is not null);
        if (reason is null)
            return facts.Discover(discoveryOptions, testMethod, factAttribute);
        return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}

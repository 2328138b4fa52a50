using System.Text;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Tests.QueryApi;

public sealed class QueryApiFailuresTests
{
    [Theory]
    [InlineData("""{"errors": [{"message": "m", "code": "Neo.TransientError.Cluster.NotALeader"}]}""", "Neo.TransientError.Cluster.NotALeader")]
    [InlineData("""{"data": {"fields": ["x"], "values": [[{"errors": [{"code": "in the data"}]}]]}, "errors": [{"code": "Neo.ClientError.X"}]}""", "Neo.ClientError.X")]
    [InlineData("""{"data": {"fields": ["x"], "values": [["Neo.TransientError.Transaction.DeadlockDetected"]]}}""", null)]
    [InlineData("""{"errors": []}""", null)]
    [InlineData("<html>Bad Gateway</html>", null)]
    [InlineData("", null)]
    public void TheFirstErrorCodeIsReadFromTheTopLevelErrorsOnly(string body, string? code) =>
        Assert.Equal(code, QueryApiFailures.FirstErrorCode(Encoding.UTF8.GetBytes(body)));
}

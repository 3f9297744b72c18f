using System.Diagnostics.Metrics;
using DasTern.Modularity;
using DasTern.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DasTern.Auditing;

/// <summary>
/// Writes audit records in a scope and unit of work of their own, so they are kept even when the
/// work they describe failed. A failed write is logged and counted, never thrown.
/// </summary>
public sealed class AuditRecordWriter(IServiceScopeFactory scopes, ILogger<AuditRecordWriter> logger) : ISingletonDependency
{
    public const string MeterName = "DasTern.Auditing";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> WriteFailures = Meter.CreateCounter<long>("dastern.audit.write_failures", description: "Audit records that could not be written");

    public async Task WriteAsync(Func<IAuditLogRepository, Task> insert, string description)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(isTransactional: false);
            await insert(scope.ServiceProvider.GetRequiredService<IAuditLogRepository>());
            await unitOfWork.CompleteAsync();
        }
        catch (Exception exception)
        {
            WriteFailures.Add(1);
            logger.LogError(exception, "Could not write the audit record of {Description}", description);
        }
    }
}

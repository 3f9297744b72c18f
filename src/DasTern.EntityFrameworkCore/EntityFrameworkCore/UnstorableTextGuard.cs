using System.Data.Common;
using DasTern.ExceptionHandling;
using DasTern.Validation;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace DasTern.EntityFrameworkCore;

/// <summary>
/// Refuses, before it reaches PostgreSQL, a command carrying text PostgreSQL cannot store (see
/// <see cref="StorableText"/>): a 400, whatever path the text came by. The edge refuses such input
/// first; this guard is what keeps pooled connections sound if anything gets past it. Npgsql 10
/// marks an auto-prepared statement as prepared when the execution that prepares it fails at Bind,
/// before PostgreSQL described its rows, and the next use of that statement on the same connection
/// then fails with "Received unexpected backend message DataRow" (npgsql/npgsql#6391). Text that
/// PostgreSQL cannot encode is the Bind failure our commands can meet.
/// </summary>
public sealed class UnstorableTextGuard : DbCommandInterceptor
{
    public static readonly UnstorableTextGuard Instance = new();

    private UnstorableTextGuard()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            var isJson = parameter is NpgsqlParameter { NpgsqlDbType: NpgsqlDbType.Jsonb or NpgsqlDbType.Json };
            var storable = parameter.Value switch
            {
                string text => isJson ? StorableText.IsStorableJson(text) : StorableText.IsStorable(text),
                IEnumerable<string?> texts => texts.All(text => text is null || StorableText.IsStorable(text)),
                _ => true,
            };
            if (!storable)
            {
                throw new BusinessException(CommonErrorCodes.UnstorableText, httpStatusCode: 400);
            }
        }
    }
}

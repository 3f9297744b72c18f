using System.Text.Json;
using System.Text.Json.Serialization;
using DasTern.Bench;
using Npgsql;

// The baseline for bench/run.sh: the medicine search the API answers, as one raw Npgsql endpoint
// with no authentication, authorization, unit of work, cache or ORM.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
});
await using var dataSource = NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings:Default is missing."));
var app = builder.Build();

app.MapGet("/medicines", async (string? filter, int? skipCount, int? maxResultCount) =>
{
    var pattern = "%" + (filter ?? string.Empty).ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
    await using var connection = await dataSource.OpenConnectionAsync();

    await using var count = new NpgsqlCommand("SELECT count(*) FROM \"Medicines\" WHERE NOT \"IsDeleted\" AND \"SearchText\" LIKE $1", connection);
    count.Parameters.Add(new NpgsqlParameter { Value = pattern });
    var totalCount = (long)(await count.ExecuteScalarAsync())!;

    await using var page = new NpgsqlCommand(
        """
        SELECT "Id", "GenericName", "KhmerName", "BrandNames", "Category", "DosageForm", "Strengths", "Unit",
               "Manufacturer", "Description", "DrugClasses", "IsActive", "CreationTime", "LastModificationTime", "ConcurrencyStamp"
        FROM "Medicines" WHERE NOT "IsDeleted" AND "SearchText" LIKE $1
        ORDER BY "GenericName", "Id" LIMIT $2 OFFSET $3
        """,
        connection);
    page.Parameters.Add(new NpgsqlParameter { Value = pattern });
    page.Parameters.Add(new NpgsqlParameter { Value = maxResultCount ?? 20 });
    page.Parameters.Add(new NpgsqlParameter { Value = skipCount ?? 0 });
    var items = new List<RawMedicine>();
    await using var reader = await page.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        items.Add(new RawMedicine(
            reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<string[]>(3),
            reader.GetString(4), reader.GetString(5), reader.GetFieldValue<string[]>(6), reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetFieldValue<string[]>(10),
            reader.GetBoolean(11), reader.GetFieldValue<DateTimeOffset>(12), reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13), reader.GetString(14)));
    }

    return Results.Ok(new RawPage(totalCount, items));
});

app.Run();

using DasTern;
using DasTern.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddDasTernHost();

var app = builder.Build();
app.EnsureSafeConfiguration();
app.UseDasTernPipeline();
app.Run();

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;

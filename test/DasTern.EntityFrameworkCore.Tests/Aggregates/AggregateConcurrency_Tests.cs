using DasTern.EntityFrameworkCore;
using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DasTern.Aggregates;

/// <summary>
/// An aggregate is one unit of consistency: a change to any of its entities, not only to the root's
/// row, must make a concurrent edit of the same aggregate fail.
/// </summary>
[Collection(EfCoreTestCollection.Name)]
public class AggregateConcurrency_Tests(EfCoreFixture fixture)
{
    /// <summary>One edit in its own scope and unit of work, like one request.</summary>
    private sealed class Edit : IAsyncDisposable
    {
        private readonly AsyncServiceScope _scope;
        private IUnitOfWorkScope? _unitOfWork;

        public Edit(IServiceProvider services)
        {
            _scope = services.CreateAsyncScope();
        }

        public AppUser User { get; private set; } = null!;

        public async Task<Edit> LoadAsync(Guid userId)
        {
            _unitOfWork = await _scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(true);
            User = await _scope.ServiceProvider.GetRequiredService<DasTernDbContext>().Users.SingleAsync(user => user.Id == userId);
            return this;
        }

        public Task CompleteAsync() => _unitOfWork!.CompleteAsync();

        public async ValueTask DisposeAsync()
        {
            if (_unitOfWork is not null)
            {
                await _unitOfWork.DisposeAsync();
            }

            await _scope.DisposeAsync();
        }
    }

    private async Task<Guid> CreateUserAsync(bool doctor)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var email = $"aggregate-{Guid.NewGuid():N}@dastern.test";
        var user = new AppUser(email, email, fixture.Clock.GetUtcNow());
        if (doctor)
        {
            user.ApplyAsDoctor("KH-MED-1001", "Cardiology", "Calmette");
        }

        var context = scope.ServiceProvider.GetRequiredService<DasTernDbContext>();
        context.Users.Add(user);
        await context.SaveChangesAsync();
        return user.Id;
    }

    [Fact]
    public async Task Should_Conflict_When_A_Child_Changed_After_The_Root_Was_Read()
    {
        var id = await CreateUserAsync(doctor: true);
        await using var stale = await new Edit(fixture.Services).LoadAsync(id);

        await using (var decision = await new Edit(fixture.Services).LoadAsync(id))
        {
            decision.User.DecideDoctorApplication(approve: true);
            await decision.CompleteAsync();
        }

        stale.User.SetName("Sok", "Dara");
        (await Should.ThrowAsync<ConcurrencyConflictException>(stale.CompleteAsync())).Code.ShouldBe(CommonErrorCodes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Should_Conflict_When_A_Child_Was_Added_After_The_Aggregate_Was_Read()
    {
        var id = await CreateUserAsync(doctor: false);
        await using var stale = await new Edit(fixture.Services).LoadAsync(id);

        await using (var application = await new Edit(fixture.Services).LoadAsync(id))
        {
            application.User.ApplyAsDoctor("KH-MED-2002", "Paediatrics", "Kantha Bopha");
            await application.CompleteAsync();
        }

        stale.User.SetDosingPreferences(PatientDosingPreferences.Create(new(6, 0), new(11, 30), new(17, 0), new(20, 0), 15));
        await Should.ThrowAsync<ConcurrencyConflictException>(stale.CompleteAsync());
    }

    [Fact]
    public async Task Should_Rotate_The_Root_Stamp_When_Only_A_Child_Changes()
    {
        var id = await CreateUserAsync(doctor: true);
        string before;
        await using (var edit = await new Edit(fixture.Services).LoadAsync(id))
        {
            before = edit.User.ConcurrencyStamp!;
            edit.User.DecideDoctorApplication(approve: false);
            await edit.CompleteAsync();
        }

        await using var reread = await new Edit(fixture.Services).LoadAsync(id);
        reread.User.ConcurrencyStamp.ShouldNotBe(before);
        reread.User.DoctorStatus.ShouldBe(DoctorVerificationStatus.Rejected);
    }
}

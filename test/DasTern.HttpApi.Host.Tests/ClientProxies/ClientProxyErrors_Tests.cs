using DasTern.ExceptionHandling;
using DasTern.Identity;
using DasTern.Infrastructure;
using DasTern.Medicines;

namespace DasTern.ClientProxies;

/// <summary>Every kind of problem-details answer of the real host comes back as the exception the server threw.</summary>
[Collection(HostTestCollection.Name)]
public class ClientProxyErrors_Tests(HostFixture fixture)
{
    [Fact]
    public async Task Should_Turn_A_400_Into_The_Validation_Exception_With_Errors_Per_Member()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));

        var failure = await RemoteFailure.ShouldThrowAsync<ValidationFailedException>(
            () => admin.Service<IMedicineAppService>().CreateAsync(new CreateMedicineDto { GenericName = "X", Category = "Other", DosageForm = DosageForm.Tablet }),
            400,
            CommonErrorCodes.ValidationFailed);

        failure.Errors.Keys.ShouldBe(["unit"]);
        failure.Errors["unit"].ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_Keep_A_Business_Errors_Code_Status_And_Localized_Message()
    {
        using var admin = fixture.Api(await fixture.TokenForAsync(RoleNames.Admin));
        var roles = admin.Service<IIdentityRoleAppService>();
        var name = $"Twin{Guid.NewGuid():N}"[..20];
        await roles.CreateAsync(new CreateIdentityRoleDto { Name = name });

        var failure = await RemoteFailure.ShouldThrowAsync<BusinessException>(
            () => roles.CreateAsync(new CreateIdentityRoleDto { Name = name }), 409, IdentityErrorCodes.DuplicateRole);

        failure.Message.ShouldNotBe(IdentityErrorCodes.DuplicateRole);
    }

    [Fact]
    public async Task Should_Turn_401_And_403_Into_The_Authorization_Exception()
    {
        using var anonymous = fixture.Api();
        using var patient = fixture.Api(await fixture.TokenForAsync(RoleNames.Patient));

        await RemoteFailure.ShouldThrowAsync<AuthorizationFailedException>(
            () => anonymous.Service<IMedicineAppService>().GetCategoriesAsync(), 401, CommonErrorCodes.Unauthorized);
        await RemoteFailure.ShouldThrowAsync<AuthorizationFailedException>(
            () => patient.Service<IMedicineAppService>().DeleteAsync(Guid.NewGuid()), 403, CommonErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_Turn_A_404_Into_The_Not_Found_Exception_With_Its_Values()
    {
        using var patient = fixture.Api(await fixture.TokenForAsync(RoleNames.Patient));
        var id = Guid.NewGuid();

        var failure = await RemoteFailure.ShouldThrowAsync<EntityNotFoundException>(
            () => patient.Service<IMedicineAppService>().GetAsync(id), 404, CommonErrorCodes.EntityNotFound);

        failure.Values["EntityType"].ShouldBe("Medicine");
        failure.Values["Id"].ShouldBe(id.ToString());
    }
}

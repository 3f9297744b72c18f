using DasTern.Services;

namespace DasTern.AutoApi;

public class ConventionalRouteBuilder_Tests
{
    public sealed record CompositeKey(Guid PatientId, string Code);

    public sealed class ReadingBookAppService : IApplicationService
    {
        public Task GetAsync(Guid id) => Task.CompletedTask;

        public Task GetListAsync(object input) => Task.CompletedTask;

        public Task CreateAsync(object input) => Task.CompletedTask;

        public Task UpdateAsync(Guid id, object input) => Task.CompletedTask;

        public Task DeleteAsync(Guid id) => Task.CompletedTask;

        public Task GetEditorsAsync(Guid id) => Task.CompletedTask;

        public Task CreateEditorAsync(Guid id, object input) => Task.CompletedTask;

        public Task GetAuthorLookupAsync() => Task.CompletedTask;

        public Task AddressLookupAsync(string text) => Task.CompletedTask;

        public Task GetawayAsync() => Task.CompletedTask;

        public Task MarkTakenAsync(Guid id, Guid doseId) => Task.CompletedTask;

        public Task LinkAsync(Guid patientId, Guid doctorId) => Task.CompletedTask;

        public Task RemoveTagAsync(Guid id) => Task.CompletedTask;

        public Task PatchNoteAsync(Guid id, object input) => Task.CompletedTask;

        public Task GetByKeyAsync(CompositeKey id) => Task.CompletedTask;
    }

    [RemoteService(RootPath = "permission-management", Name = "permissions")]
    public sealed class PermissionAppService : IApplicationService;

    public sealed class DoseScheduleService : IApplicationService;

    [Theory]
    [InlineData(nameof(ReadingBookAppService.GetAsync), "GET", "api/app/reading-book/{id}")]
    [InlineData(nameof(ReadingBookAppService.GetListAsync), "GET", "api/app/reading-book")]
    [InlineData(nameof(ReadingBookAppService.CreateAsync), "POST", "api/app/reading-book")]
    [InlineData(nameof(ReadingBookAppService.UpdateAsync), "PUT", "api/app/reading-book/{id}")]
    [InlineData(nameof(ReadingBookAppService.DeleteAsync), "DELETE", "api/app/reading-book/{id}")]
    [InlineData(nameof(ReadingBookAppService.GetEditorsAsync), "GET", "api/app/reading-book/{id}/editors")]
    [InlineData(nameof(ReadingBookAppService.CreateEditorAsync), "POST", "api/app/reading-book/{id}/editor")]
    [InlineData(nameof(ReadingBookAppService.GetAuthorLookupAsync), "GET", "api/app/reading-book/author-lookup")]
    [InlineData(nameof(ReadingBookAppService.AddressLookupAsync), "POST", "api/app/reading-book/ress-lookup")]
    [InlineData(nameof(ReadingBookAppService.GetawayAsync), "GET", "api/app/reading-book/away")]
    [InlineData(nameof(ReadingBookAppService.MarkTakenAsync), "POST", "api/app/reading-book/{id}/mark-taken/{doseId}")]
    [InlineData(nameof(ReadingBookAppService.LinkAsync), "POST", "api/app/reading-book/link")]
    [InlineData(nameof(ReadingBookAppService.RemoveTagAsync), "DELETE", "api/app/reading-book/{id}/tag")]
    [InlineData(nameof(ReadingBookAppService.PatchNoteAsync), "PATCH", "api/app/reading-book/{id}/note")]
    [InlineData(nameof(ReadingBookAppService.GetByKeyAsync), "GET", "api/app/reading-book/{PatientId}/{Code}/by-key")]
    public void Should_Follow_Abp_Verb_And_Route_Rules(string method, string verb, string template)
    {
        var route = ConventionalRouteBuilder.Build(typeof(ReadingBookAppService), typeof(ReadingBookAppService).GetMethod(method)!);

        route.Verb.ShouldBe(verb);
        route.Template.ShouldBe(template);
    }

    [Fact]
    public void Should_Use_The_Remote_Service_Root_Path_And_Name()
    {
        ConventionalRouteBuilder.ServiceNameOf(typeof(PermissionAppService)).ShouldBe("permissions");
        ConventionalRouteBuilder.ServiceNameOf(typeof(DoseScheduleService)).ShouldBe("dose-schedule");
    }

    public interface IReadingBookAppService : IApplicationService
    {
        Task UpdateAsync(Guid id, object input);

        Task GetListAsync(object input);
    }

    [Fact]
    public void Should_Name_A_Contract_Like_Its_Class_And_Place_Each_Argument()
    {
        var update = ConventionalRouteBuilder.Build(typeof(IReadingBookAppService), typeof(IReadingBookAppService).GetMethod(nameof(IReadingBookAppService.UpdateAsync))!);
        var list = ConventionalRouteBuilder.Build(typeof(IReadingBookAppService), typeof(IReadingBookAppService).GetMethod(nameof(IReadingBookAppService.GetListAsync))!);

        update.Template.ShouldBe("api/app/reading-book/{id}");
        update.Parameters.Select(parameter => parameter.Source).ShouldBe([ParameterSource.Route, ParameterSource.Body]);
        list.Parameters.Single().Source.ShouldBe(ParameterSource.Query);
    }

    [Theory]
    [InlineData("ReadingBook", "reading-book")]
    [InlineData("KHQRCode", "khqr-code")]
    [InlineData("Vital2Sign", "vital2-sign")]
    public void Should_Kebab_Case_Names(string name, string expected)
    {
        KebabCase.From(name).ShouldBe(expected);
    }
}

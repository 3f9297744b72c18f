using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DasTern.Medicines;

public sealed class DrugInteractionRuleConfiguration : IEntityTypeConfiguration<DrugInteractionRule>
{
    public void Configure(EntityTypeBuilder<DrugInteractionRule> builder)
    {
        builder.ToTable("DrugInteractionRules");
        builder.Property(rule => rule.SubjectA).HasMaxLength(DrugInteractionConsts.MaxSubjectLength).IsRequired();
        builder.Property(rule => rule.SubjectB).HasMaxLength(DrugInteractionConsts.MaxSubjectLength).IsRequired();
        builder.Property(rule => rule.Severity).HasConversion<string>().HasMaxLength(32);
        builder.Property(rule => rule.Mechanism).HasMaxLength(DrugInteractionConsts.MaxMechanismLength).IsRequired();
        builder.Property(rule => rule.Advice).HasMaxLength(DrugInteractionConsts.MaxAdviceLength).IsRequired();
        builder.Property(rule => rule.Source).HasMaxLength(DrugInteractionConsts.MaxSourceLength);
        builder.HasIndex(rule => new { rule.SubjectA, rule.SubjectB }).IsUnique();
    }
}

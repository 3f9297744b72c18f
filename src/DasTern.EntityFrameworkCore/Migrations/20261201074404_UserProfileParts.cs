using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DasTern.Migrations
{
    /// <inheritdoc />
    public partial class UserProfileParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DoctorProfiles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LicenseNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Specialty = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Clinic = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DoctorProfiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_DoctorProfiles_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every account that applied as a doctor keeps its application in the new table.
            migrationBuilder.Sql("""
                INSERT INTO "DoctorProfiles" ("UserId", "Status", "LicenseNumber", "Specialty", "Clinic")
                SELECT "Id", "DoctorStatus", COALESCE("DoctorLicenseNumber", ''), COALESCE("DoctorSpecialty", ''), COALESCE("DoctorClinic", '')
                FROM "Users"
                WHERE "DoctorStatus" <> 'None';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_DoctorProfiles_Status",
                table: "DoctorProfiles",
                column: "Status");

            migrationBuilder.DropIndex(
                name: "IX_Users_DoctorStatus",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "DoctorClinic",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "DoctorLicenseNumber",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "DoctorSpecialty",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "DoctorStatus",
                table: "Users");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DoctorClinic",
                table: "Users",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoctorLicenseNumber",
                table: "Users",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoctorSpecialty",
                table: "Users",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoctorStatus",
                table: "Users",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.Sql("""
                UPDATE "Users" AS users
                SET "DoctorStatus" = profiles."Status",
                    "DoctorLicenseNumber" = profiles."LicenseNumber",
                    "DoctorSpecialty" = profiles."Specialty",
                    "DoctorClinic" = profiles."Clinic"
                FROM "DoctorProfiles" AS profiles
                WHERE profiles."UserId" = users."Id";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Users_DoctorStatus",
                table: "Users",
                column: "DoctorStatus");

            migrationBuilder.DropTable(
                name: "DoctorProfiles");
        }
    }
}

package vn.tramso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Package by feature, kept so by the compiler where it can and by these rules where it cannot. */
@AnalyzeClasses(packages = "vn.tramso", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles =
            slices().matching("vn.tramso.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_never_use_repositories =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().areAssignableTo(Repository.class)
                    .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                    .orShould().dependOnClassesThat().haveNameMatching("org.springframework.jdbc.*");

    @ArchTest
    static final ArchRule no_jpa = noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule the_shared_base_depends_on_no_feature =
            noClasses().that().resideInAPackage("vn.tramso.base..")
                    .should().dependOnClassesThat().resideInAnyPackage("vn.tramso.guide..", "vn.tramso.admin..",
                            "vn.tramso.account..", "vn.tramso.volunteer..", "vn.tramso.adoption..");
}

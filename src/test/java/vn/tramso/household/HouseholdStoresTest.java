package vn.tramso.household;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

/**
 * Issue 22: all SQL of households, members, their facts and the 1+10 assignments sits in the
 * feature's package-private stores; the services, the import and the screens call their methods.
 */
@AnalyzeClasses(packages = "vn.tramso.household", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseholdStoresTest {

    @ArchTest
    static final ArchRule only_the_stores_talk_to_the_database =
            noClasses().that().haveSimpleNameNotEndingWith("Store")
                    .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                    .because("SQL of the household feature lives in its stores (issue 22)");

    @ArchTest
    static final ArchRule the_stores_are_package_private_repositories =
            classes().that().haveSimpleNameEndingWith("Store")
                    .should().bePackagePrivate().andShould().beAnnotatedWith(Repository.class)
                    .andShould().resideInAPackage("vn.tramso.household");
}

package vn.tramso.account;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

/**
 * Issue 22: the SQL of accounts, sign-ins and two-step sign-in is held by the feature's package-private
 * stores alone; the services, the session guard and the screens call their methods (or the accounts'
 * Spring Data repository, which holds no SQL).
 */
@AnalyzeClasses(packages = "vn.tramso.account", importOptions = ImportOption.DoNotIncludeTests.class)
class AccountStoresTest {

    @ArchTest
    static final ArchRule only_stores_hold_sql =
            noClasses().that().resideInAPackage("vn.tramso.account..").and().haveSimpleNameNotEndingWith("Store")
                    .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");

    @ArchTest
    static final ArchRule stores_are_package_private_repositories =
            classes().that().resideInAPackage("vn.tramso.account..").and().haveSimpleNameEndingWith("Store")
                    .should().notBePublic().andShould().beAnnotatedWith(Repository.class)
                    .andShould().resideInAPackage("vn.tramso.account");
}

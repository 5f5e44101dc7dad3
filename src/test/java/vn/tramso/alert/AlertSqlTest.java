package vn.tramso.alert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

/**
 * All of the alerts' SQL sits in its package-private stores (issue 22): the services
 * and views call store methods with typed arguments.
 */
@AnalyzeClasses(packages = "vn.tramso.alert", importOptions = ImportOption.DoNotIncludeTests.class)
class AlertSqlTest {

    @ArchTest
    static final ArchRule only_stores_talk_to_the_database =
            noClasses().that().haveSimpleNameNotEndingWith("Store")
                    .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");

    @ArchTest
    static final ArchRule stores_are_package_private_repositories =
            classes().that().haveSimpleNameEndingWith("Store")
                    .should().notBePublic().andShould().beAnnotatedWith(Repository.class);
}

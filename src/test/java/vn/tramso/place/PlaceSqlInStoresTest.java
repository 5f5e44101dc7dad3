package vn.tramso.place;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

/**
 * Issue 22: the places' SQL lives in the feature's package-private stores, so the place screens
 * and the place import write the tree through the same store methods.
 */
@AnalyzeClasses(packages = "vn.tramso.place", importOptions = ImportOption.DoNotIncludeTests.class)
class PlaceSqlInStoresTest {

    @ArchTest
    static final ArchRule only_stores_touch_the_database =
            noClasses().that().resideInAPackage("vn.tramso.place..").and().haveSimpleNameNotEndingWith("Store")
                    .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");

    @ArchTest
    static final ArchRule stores_are_package_private_repositories =
            classes().that().resideInAPackage("vn.tramso.place..").and().haveSimpleNameEndingWith("Store")
                    .should().notBePublic().andShould().beAnnotatedWith(Repository.class);

    @ArchTest
    static final ArchRule the_import_writes_through_the_stores_the_screens_use =
            classes().that().haveSimpleName("PlaceImport").should().dependOnClassesThat().haveSimpleName("PlaceStore")
                    .andShould().dependOnClassesThat().haveSimpleName("KioskStore");
}

package vn.tramso;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

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

    /**
     * A feature's SQL sits in its stores (decision 010; TableOwnershipTest checks where SQL is):
     * package-private repositories of the feature. base's stores are shared by every feature.
     */
    @ArchTest
    static final ArchRule stores_are_their_features_own =
            classes().that().haveSimpleNameEndingWith("Store").and().resideOutsideOfPackage("vn.tramso.base..")
                    .should().notBePublic().andShould().beAnnotatedWith(org.springframework.stereotype.Repository.class);

    @ArchTest
    static final ArchRule no_jpa = noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    /** Every package under vn.tramso but base is a feature; base may use none of them, present or future. */
    @ArchTest
    static final ArchRule the_shared_base_depends_on_no_feature =
            classes().that().resideInAPackage("vn.tramso.base..")
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage("vn.tramso..")
                            .or(resideInAPackage("vn.tramso.base..")));

    /** A feature's screens are its own: shared frames live in base.ui, other features are reached through their API. */
    @ArchTest
    static final ArchRule no_feature_uses_another_features_screens =
            slices().matching("vn.tramso.(*).ui..").should().notDependOnEachOther()
                    .ignoreDependency(alwaysTrue(), resideInAPackage("vn.tramso.base.ui.."));

    /**
     * With several app nodes every scheduled job runs once at a time (base.JobLocks), but for those
     * that serve their own node: pushing alerts to its screens, reading the other nodes' signals for
     * its screens, deleting its temporary files.
     */
    @ArchTest
    static final ArchRule scheduled_jobs_take_a_lock =
            methods().that().areAnnotatedWith(Scheduled.class)
                    .and().areDeclaredInClassesThat().doNotHaveSimpleName("AlertJobs")
                    .and().areDeclaredInClassesThat().doNotHaveSimpleName("SignalPoller")
                    .and().areDeclaredInClassesThat().doNotHaveSimpleName("ReportExports")
                    .should().beAnnotatedWith(SchedulerLock.class);

    @ArchTest
    static final ArchRule only_screens_are_routes =
            classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..");

    /**
     * A feature's screens are its own (decision 012): package-private, reached from another package
     * through base.ui's KioskNavigation and StaffNavigation, by method. The sign-in screen stays
     * public: base.security's configuration names it as Spring Security's login page.
     */
    @ArchTest
    static final ArchRule screens_are_package_private =
            classes().that().areAnnotatedWith(Route.class).and().doNotHaveFullyQualifiedName("vn.tramso.base.ui.LoginView")
                    .should().bePackagePrivate();

    /**
     * One shape for a refused action (issue 22): a feature's refusal is a {@link RefusedException}
     * whose reasons are {@link Refusal}s, so a screen says any of them the same way and I18nKeysTest
     * finds their texts. Two carry more than a reason: a picture's line and sentence
     * (SvgRefusedException), an import's report of every problem (ImportRefusedException).
     */
    @ArchTest
    static final ArchRule refusals_are_one_type =
            classes().that().haveSimpleNameEndingWith("RefusedException")
                    .and().doNotHaveSimpleName("SvgRefusedException").and().doNotHaveSimpleName("ImportRefusedException")
                    .should().beAssignableTo(RefusedException.class);

    @ArchTest
    static final ArchRule reasons_of_refusals_are_refusals =
            classes().that().haveNameMatching(".*(RefusedException|CccdParser)\\$Reason")
                    .should().implement(Refusal.class).allowEmptyShould(false);

    /**
     * One naming habit for a feature's entry points (decision 013): named for what they keep, in the
     * plural (Bookings, Households, Places, HelpSessions), or for the one job they do (Outbox,
     * PlaceEditor, Importer); never a suffix that says nothing a reader can use. FirstAdmin is the
     * first admin's account, not an entry point.
     */
    @ArchTest
    static final ArchRule entry_points_are_named_for_what_they_keep =
            noClasses().should().haveSimpleNameEndingWith("Service").orShould().haveNameMatching(".*\\.\\w*(?<!First)Admin")
                    .orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Impl")
                    .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util");
}

package no.medvirk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependencies of docs/architecture.md: they point one way, from features to the platform, and
 * between features one rule per package. Which tables a package's SQL reads is TableOwnershipTest's.
 */
@AnalyzeClasses(packages = "no.medvirk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] FEATURES = {
            "no.medvirk.message..", "no.medvirk.intake..", "no.medvirk.duelist..", "no.medvirk.dialogue..",
            "no.medvirk.report.."};

    /** Camunda wiring, HTTP security, form plumbing, time, documents and what operators watch: the platform every feature stands on. */
    private static final String[] PLATFORM = {
            "no.medvirk.engine..", "no.medvirk.web..", "no.medvirk.forms..", "no.medvirk.time..", "no.medvirk.documents..",
            "no.medvirk.operations.."};

    @ArchTest
    static final ArchRule thePlatformKnowsNothingOfMedvirksFeatures = noClasses()
            .that().resideInAnyPackage(PLATFORM)
            .should().dependOnClassesThat().resideInAnyPackage("no.medvirk.organisation..", "no.medvirk.notification..")
            .orShould().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule organisationAndNotificationKnowNoFeature = noClasses()
            .that().resideInAnyPackage("no.medvirk.organisation..", "no.medvirk.notification..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    /** The message record is what the others build on: it knows none of them. */
    @ArchTest
    static final ArchRule messagesKnowNoOtherFeature = noClasses()
            .that().resideInAPackage("no.medvirk.message..")
            .should().dependOnClassesThat().resideInAnyPackage("no.medvirk.intake..", "no.medvirk.duelist..",
                    "no.medvirk.dialogue..", "no.medvirk.report..");

    /** The public ways in: messages, and of the dialogue only its public door for requests (/dialogmote). */
    @ArchTest
    static final ArchRule intakeKnowsMessagesAndTheDialoguesRequestIntake = noClasses()
            .that().resideInAPackage("no.medvirk.intake..")
            .should().dependOnClassesThat().resideInAnyPackage("no.medvirk.duelist..")
            .orShould().dependOnClassesThat(DescribedPredicate.describe("dialogue classes but its request intake",
                    c -> c.getPackageName().startsWith("no.medvirk.dialogue")
                            && !c.getName().startsWith("no.medvirk.dialogue.MeetingRequestIntake")));

    @ArchTest
    static final ArchRule dueListsKnowOnlyMessages = noClasses()
            .that().resideInAPackage("no.medvirk.duelist..")
            .should().dependOnClassesThat().resideInAnyPackage("no.medvirk.intake..", "no.medvirk.dialogue..");

    @ArchTest
    static final ArchRule dialogueStandsBesideMessages = noClasses()
            .that().resideInAPackage("no.medvirk.dialogue..")
            .should().dependOnClassesThat().resideInAnyPackage("no.medvirk.message..", "no.medvirk.duelist..",
                    "no.medvirk.intake..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnTheDemoYear = noClasses()
            .that().resideOutsideOfPackage("no.medvirk.demo..")
            .should().dependOnClassesThat().resideInAPackage("no.medvirk.demo..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnReports = noClasses()
            .that().resideOutsideOfPackage("no.medvirk.report..")
            .should().dependOnClassesThat().resideInAPackage("no.medvirk.report..");
}

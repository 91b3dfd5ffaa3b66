package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The package rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk");

    @Test
    void webKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.factdesk.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.account..", "org.factdesk.article..",
                        "org.factdesk.claim..", "org.factdesk.review..", "org.factdesk.audit..",
                        "org.factdesk.report..", "org.factdesk.spotting..", "org.factdesk.notify..",
                        "org.factdesk.settings..", "org.factdesk.backup..", "org.factdesk.similar..")
                .check(CLASSES);
    }

    @Test
    void spottingIsPlainJavaWithoutPersistenceOrWeb() {
        noClasses().that().resideInAPackage("org.factdesk.spotting..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..",
                        "io.quarkus.hibernate..", "org.factdesk.account..", "org.factdesk.article..",
                        "org.factdesk.claim..")
                .check(CLASSES);
    }

    @Test
    void accountsDoNotDependOnLaterFeatures() {
        noClasses().that().resideInAPackage("org.factdesk.account..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.article..", "org.factdesk.claim..")
                .check(CLASSES);
    }
}

package org.factdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
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
                        "org.factdesk.settings..", "org.factdesk.backup..", "org.factdesk.history..")
                .check(CLASSES);
    }

    /**
     * Dependencies between features point one way (docs/ARCHITECTURE.md): a feature never reaches, directly or
     * through others, a feature that depends on it. Sub-packages count as their feature.
     */
    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
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

    /**
     * Every page route that changes something takes only form bodies, so the CSRF filter (which checks the token in
     * form bodies) sees every such request; a request with any other body is refused with 415. The JSON API is
     * guarded by its content type and the cross-site check instead.
     */
    @Test
    void everyStateChangingPageRouteTakesOnlyFormBodies() {
        Set<String> forms = Set.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);
        List<String> offenders = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (!type.isAnnotatedWith(Path.class) || type.getAnnotationOfType(Path.class).value().startsWith("/api")) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                boolean changes = method.isAnnotatedWith(POST.class) || method.isAnnotatedWith(PUT.class)
                        || method.isAnnotatedWith(PATCH.class) || method.isAnnotatedWith(DELETE.class);
                if (!changes) {
                    continue;
                }
                Consumes consumes = method.isAnnotatedWith(Consumes.class) ? method.getAnnotationOfType(Consumes.class)
                        : type.isAnnotatedWith(Consumes.class) ? type.getAnnotationOfType(Consumes.class) : null;
                if (consumes == null || !forms.containsAll(List.of(consumes.value()))) {
                    offenders.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), offenders, "page routes that change state without @Consumes of a form type");
    }
}

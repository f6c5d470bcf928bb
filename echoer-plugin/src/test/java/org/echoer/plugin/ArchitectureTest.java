package org.echoer.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin's layers (docs/architecture.md): {@code step}, {@code event}, {@code observe} and
 * {@code concurrent} at the bottom; {@code engine}, the only place that touches Camunda's internals, on
 * them; the domain ({@code definition}, {@code run}, {@code dispatch}, {@code callback}, {@code submit}) on
 * the engine; {@code web} and {@code autoconfigure} on top.
 */
class ArchitectureTest {

    private static final String[] BOTTOM = {"org.echoer.plugin.step..", "org.echoer.plugin.event..",
        "org.echoer.plugin.observe..", "org.echoer.plugin.concurrent.."};
    private static final String[] DOMAIN = {"org.echoer.plugin.definition..", "org.echoer.plugin.run..",
        "org.echoer.plugin.dispatch..", "org.echoer.plugin.callback..", "org.echoer.plugin.submit.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.echoer.plugin");
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.echoer.plugin.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noPackageHasACycleWithAnother() {
        slices().matching("org.echoer.plugin.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheEnginePackagesTouchCamundasInternals() {
        noClasses().that().resideOutsideOfPackage("org.echoer.plugin.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(classes);
    }

    @Test
    void theBottomKnowsNothingAbove() {
        noClasses().that().resideInAnyPackage(BOTTOM)
                .should().dependOnClassesThat().resideInAnyPackage(concat(DOMAIN, "org.echoer.plugin.engine..",
                        "org.echoer.plugin.web..", "org.echoer.plugin.autoconfigure.."))
                .check(classes);
    }

    @Test
    void theEngineKnowsNoDomainAndNoWeb() {
        noClasses().that().resideInAPackage("org.echoer.plugin.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(DOMAIN, "org.echoer.plugin.web..",
                        "org.echoer.plugin.autoconfigure.."))
                .check(classes);
    }

    @Test
    void httpBelongsToTheWebLayer() {
        noClasses().that().resideOutsideOfPackages("org.echoer.plugin.web..", "org.echoer.plugin.autoconfigure..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                        "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void onlyTheAutoConfigurationKnowsTheWholePlugin() {
        noClasses().that().resideOutsideOfPackage("org.echoer.plugin.autoconfigure..")
                .should().dependOnClassesThat().resideInAPackage("org.echoer.plugin.autoconfigure..")
                .check(classes);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}

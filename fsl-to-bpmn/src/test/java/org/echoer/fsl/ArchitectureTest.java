package org.echoer.fsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout is the architecture: these rules keep it that way. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.echoer.fsl");
    }

    @Test
    void onlyTheParserFacadeTouchesTheGeneratedGrammar() {
        noClasses().that().resideOutsideOfPackages("org.echoer.fsl.parse..", "org.echoer.fsl.grammar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.echoer.fsl.grammar..", "org.antlr..")
                .check(classes);
    }

    @Test
    void theLayoutKnowsGeometryAndBpmnButNothingAboutFsl() {
        noClasses().that().resideInAPackage("org.echoer.fsl.layout..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.echoer.fsl.ast..", "org.echoer.fsl.check..", "org.echoer.fsl.parse..", "org.echoer.fsl.bpmn..")
                .check(classes);
    }

    /** BPMN back to FSL reads the model and writes text; the compiler checks that text as it checks any. */
    @Test
    void theWayBackReadsBpmnAndNeitherParsesNorChecksNorLaysOut() {
        noClasses().that().resideInAPackage("org.echoer.fsl.reverse..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.echoer.fsl.check..", "org.echoer.fsl.parse..", "org.echoer.fsl.layout..", "org.echoer.fsl.tool..")
                .check(classes);
    }

    @Test
    void theAstStandsAlone() {
        noClasses().that().resideInAPackage("org.echoer.fsl.ast..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.echoer.fsl.check..", "org.echoer.fsl.parse..", "org.echoer.fsl.bpmn..", "org.echoer.fsl.layout..",
                        "org.camunda..")
                .check(classes);
    }

    @Test
    void theLanguageHasNoSpringAndNoEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda.bpm.engine..")
                .check(classes);
    }
}

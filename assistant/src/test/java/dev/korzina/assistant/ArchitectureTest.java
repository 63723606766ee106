package dev.korzina.assistant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the module map of README: arrows point one way, only assistant knows Helidon, only store knows SQL. */
class ArchitectureTest {

    private static final JavaClasses KORZINA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.korzina");

    @Test
    void onlyTheAssistantKnowsHelidon() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.korzina.assistant..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.helidon..")
                .check(KORZINA);
    }

    @Test
    void onlyTheStoreKnowsSql() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.korzina.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.flywaydb..", "org.postgresql..", "io.zonky..")
                .check(KORZINA);
    }

    @Test
    void nothingDependsOnTheAssistant() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.korzina.assistant..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.korzina.assistant..")
                .check(KORZINA);
    }

    @Test
    void theCatalogDependsOnNoOtherKorzinaModule() {
        noClasses()
                .that()
                .resideInAPackage("dev.korzina.catalog..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.korzina.store..", "dev.korzina.skills..", "dev.korzina.nlu..")
                .check(KORZINA);
    }

    @Test
    void theReplenishModelsDependOnNoOtherKorzinaModule() {
        noClasses()
                .that()
                .resideInAPackage("dev.korzina.replenish..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.korzina.store..", "dev.korzina.skills..", "dev.korzina.nlu..", "dev.korzina.catalog..")
                .check(KORZINA);
    }
}

package uk.nhs.dorset.primarycare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of the design: a feature is a package; it never reaches into another
 * feature's views or repositories (it calls that feature's service); the shared kernel depends
 * on no feature; no custom frontend code. That features form no cycles is checked with the
 * module boundaries in {@link ModulesTest}.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "uk.nhs.dorset.primarycare";

    @ArchTest
    static final ArchRule kernelDependsOnNoFeature = noClasses().that().resideInAPackage(ROOT + ".base..")
            .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("a feature class") {
                @Override
                public boolean test(JavaClass target) {
                    String feature = featureOf(target);
                    return feature != null && !"base".equals(feature);
                }
            });

    @ArchTest
    static final ArchRule viewsAndRepositoriesStayInTheirFeature = classes().that().resideInAPackage(ROOT + "..")
            .should(new ArchCondition<>("use only their own feature's views and repositories") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = featureOf(origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        String to = featureOf(target);
                        if (to == null || to.equals(from) || "base".equals(to)) {
                            continue;
                        }
                        boolean view = target.getPackageName().startsWith(ROOT + "." + to + ".ui");
                        boolean repository = target.getSimpleName().endsWith("Repository");
                        if (view || repository) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule noCustomFrontendCode = noClasses()
            .should().beAnnotatedWith(JsModule.class)
            .orShould().beAnnotatedWith(NpmPackage.class)
            .orShould().beAnnotatedWith(CssImport.class);

    @ArchTest
    static final ArchRule viewsArePackagePrivate = classes().that().resideInAPackage(ROOT + ".(*).ui..")
            .and().areAnnotatedWith(com.vaadin.flow.router.Route.class)
            .and().doNotHaveSimpleName("LoginView")
            .should().notBePublic();

    /** Every package says what it is for and is null-marked. */
    @Test
    void everyPackageHasANullMarkedPackageInfo() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> dirs = Files.walk(main)) {
            List<Path> missing = dirs.filter(Files::isDirectory)
                    .filter(ArchitectureTest::holdsJava)
                    .filter(dir -> !nullMarked(dir.resolve("package-info.java")))
                    .toList();
            assertThat(missing).as("packages without a @NullMarked package-info.java").isEmpty();
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean nullMarked(Path packageInfo) {
        try {
            return Files.exists(packageInfo) && Files.readString(packageInfo).contains("@NullMarked");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String featureOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}

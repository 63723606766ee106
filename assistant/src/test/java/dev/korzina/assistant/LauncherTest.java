package dev.korzina.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK discovery of bin/korzina and bin/test (bin/jdk.sh), run by bash against fake and real JDKs. */
class LauncherTest {

    private static final Path JDK_SCRIPT =
            Path.of("").toAbsolutePath().getParent().resolve("bin/jdk.sh");
    private static final String SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin";

    @TempDir
    Path jvmRoot;

    @Test
    void takesJavaHomeWhenItIs21OrNewer() throws Exception {
        Path jdk21 = fakeJdk("jdk-21", "21");
        fakeJdk("jdk-25", "25");

        Result result = findJdk(Map.of("JAVA_HOME", jdk21.toString(), "PATH", SYSTEM_PATH));

        assertThat(result.output()).isEqualTo(jdk21.toString());
    }

    @Test
    void passesOverAJavaHomeOf17ToTheJavaOnPath() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17");
        Path jdk22 = fakeJdk("jdk-22", "22");

        Result result =
                findJdk(Map.of("JAVA_HOME", jdk17.toString(), "PATH", jdk22.resolve("bin") + ":" + SYSTEM_PATH));

        assertThat(result.output()).isEqualTo(jdk22.toString());
    }

    @Test
    void takesTheNewestJdkUnderTheJvmRootWhenJavaOnPathIs17() throws Exception {
        Path jdk17 = fakeJdk("java-17-openjdk", "17");
        fakeJdk("jdk-21", "21");
        Path jdk25 = fakeJdk("temurin-25", "25");

        Result result = findJdk(Map.of("PATH", jdk17.resolve("bin") + ":" + SYSTEM_PATH));

        assertThat(result.output()).isEqualTo(jdk25.toString());
    }

    @Test
    void readsOldStyleVersionNumbers() throws Exception {
        Path jdk8 = fakeJdk("jdk-8", "1.8");

        Result result = findJdk(Map.of("JAVA_HOME", jdk8.toString(), "PATH", SYSTEM_PATH));

        assertThat(result.output()).isEmpty();
    }

    @Test
    void stopsWithAClearMessageWhenNoJdk21Exists() throws Exception {
        Path jdk17 = fakeJdk("java-17-openjdk", "17");

        Result result = run(
                "korzina_use_jdk; echo unreachable",
                Map.of(
                        "JAVA_HOME",
                        jdk17.toString(),
                        "PATH",
                        jdk17.resolve("bin") + ":" + SYSTEM_PATH,
                        "KORZINA_JVM_ROOT",
                        jvmRoot.toString()));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).doesNotContain("unreachable");
        assertThat(result.error()).contains("no JDK 21 or newer found");
    }

    @Test
    void findsAJdk21OnThisMachineWhenTheDefaultJavaIs17() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin");
        assumeTrue(Files.isExecutable(java17.resolve("java")), "this machine has no JDK 17 to hide behind");
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", java17 + ":" + SYSTEM_PATH);
        environment.put("KORZINA_JVM_ROOT", "/usr/lib/jvm");

        Result result = run("korzina_use_jdk && \"$JAVA_HOME/bin/java\" -version", environment);

        assertThat(result.exitCode()).isZero();
        assertThat(result.error()).containsPattern("version \"(2[1-9]|[3-9][0-9])");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path bin = Files.createDirectories(jvmRoot.resolve(name).resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(
                java,
                "#!/bin/sh\necho 'Property settings:' >&2\necho '    java.specification.version = " + version
                        + "' >&2\necho '    java.vendor = Fake' >&2\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jvmRoot.resolve(name);
    }

    private Result findJdk(Map<String, String> environment) throws Exception {
        Map<String, String> withRoot = new HashMap<>(environment);
        withRoot.put("KORZINA_JVM_ROOT", jvmRoot.toString());
        return run("korzina_find_jdk", withRoot);
    }

    private static Result run(String script, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". \"$1\"; " + script, "bash", JDK_SCRIPT.toString());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output, error);
    }

    private record Result(int exitCode, String output, String error) {}
}

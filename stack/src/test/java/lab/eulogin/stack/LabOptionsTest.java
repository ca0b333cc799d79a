package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabOptionsTest {

    @Test
    void noOptionsGiveTheDocumentedDefaults() {
        LabConfig c = LabOptions.parse(List.of(), Map.of());

        assertThat(c).isEqualTo(new LabConfig("127.0.0.1", 7000, 7100, 7200, 2525, 1143, 7300, Path.of("data"), true, true, null,
                null, true, 7400));
    }

    @Test
    void eachOptionChangesItsOwnSetting() {
        LabConfig c = LabOptions.parse(List.of("--idp-port", "8000", "--sms-port", "8100", "--mail-port", "8200",
                "--smtp-port", "3525", "--imap-port", "2143", "--demo-port", "8300", "--data", "/tmp/lab-data",
                "--host", "0.0.0.0", "--ready-port", "8400", "--public-host", "lab.example.eu", "--lab-mode", "off",
                "--demo-data", "off", "--demo-services", "off"), Map.of());

        assertThat(c).isEqualTo(new LabConfig("0.0.0.0", 8000, 8100, 8200, 3525, 2143, 8300, Path.of("/tmp/lab-data"), false, false, null,
                "lab.example.eu", false, 8400));
    }

    @Test
    void eachOptionIsAlsoAnEnvironmentVariableAndTheCommandLineWins() {
        Map<String, String> env = Map.of("LAB_HOST", "0.0.0.0", "LAB_IDP_PORT", "8000", "LAB_DATA", "/data",
                "LAB_PUBLIC_HOST", "eulogin-lab", "LAB_LAB_MODE", "off", "LAB_DEMO_DATA", "false",
                "LAB_DEMO_SERVICES", "no", "LAB_READY_PORT", "8400", "LAB_JAVA_OPTS", "-Xmx256m", "LAB_SMS_PORT", "");

        LabConfig c = LabOptions.parse(List.of("--idp-port", "9000"), env);

        assertThat(c).isEqualTo(new LabConfig("0.0.0.0", 9000, 7100, 7200, 2525, 1143, 7300, Path.of("/data"), false, false, null,
                "eulogin-lab", false, 8400));
    }

    @Test
    void aMisspeltEnvironmentVariableIsRefusedByName() {
        assertThatThrownBy(() -> LabOptions.parse(List.of(), Map.of("LAB_IDP_PROT", "8000", "PATH", "/bin")))
                .isInstanceOf(LabOptions.BadOption.class)
                .hasMessageStartingWith("Unknown environment variable LAB_IDP_PROT; the lab reads LAB_HOST, LAB_IDP_PORT,")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aWrongValueInTheEnvironmentIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> LabOptions.parse(List.of(), Map.of("LAB_MAIL_PORT", "seven")))
                .hasMessage("Environment variable LAB_MAIL_PORT takes a port number from 1 to 65535, not 'seven'.");
        assertThatThrownBy(() -> LabOptions.parse(List.of(), Map.of("LAB_LAB_MODE", "maybe")))
                .hasMessage("Environment variable LAB_LAB_MODE takes on or off, not 'maybe'.");
        assertThatThrownBy(() -> LabOptions.parse(List.of(), Map.of("LAB_PUBLIC_HOST", "http://localhost:7000")))
                .hasMessage("Environment variable LAB_PUBLIC_HOST takes a host name such as localhost or lab.example.eu"
                        + " (no scheme, port or path), not 'http://localhost:7000'.");
    }

    @Test
    void aServiceRegistryThatIsNotMountedIsRefusedNamingTheVariable(@TempDir Path dir) {
        Path missing = dir.resolve("services.yaml");

        assertThatThrownBy(() -> LabOptions.parse(List.of(), Map.of("LAB_SERVICES", missing.toString())))
                .hasMessage("Environment variable LAB_SERVICES names no file: " + missing
                        + "; give the path of a service registry (in a container: a file mounted there).");
    }

    @Test
    void aServiceRegistryCanBeGivenAsTextWhereNoFileCanBeMounted(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(OurRegistry.writeIn(dir));

        Path file = LabOptions.parse(List.of(), Map.of("LAB_SERVICES_YAML", yaml)).servicesFile();

        assertThat(file).content().isEqualTo(yaml.strip());
        assertThatThrownBy(() -> LabOptions.parse(List.of(), Map.of("LAB_SERVICES_YAML", "services:\n  - id: our-app\n")))
                .hasMessageStartingWith("The service registry given with LAB_SERVICES_YAML is refused: ");
        assertThatThrownBy(() -> LabOptions.parse(List.of("--services", dir.resolve("services.yaml").toString()),
                Map.of("LAB_SERVICES_YAML", yaml)))
                .hasMessage("--services and LAB_SERVICES_YAML both give a service registry;"
                        + " give one of them.");
    }

    @Test
    void theHelpNamesEveryVariable() {
        assertThat(LabOptions.variables()).allSatisfy(variable -> assertThat(LabOptions.USAGE).contains(variable));
    }

    @Test
    void aServiceRegistryOfOnesOwnIsReadBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Path registry = OurRegistry.writeIn(dir);
        assertThat(LabOptions.parse(List.of("--services", registry.toString()), Map.of()).servicesFile()).isEqualTo(registry);

        assertThatThrownBy(() -> LabOptions.parse(List.of("--services", dir.resolve("missing.yaml").toString()), Map.of()))
                .isInstanceOf(LabOptions.BadOption.class)
                .hasMessageStartingWith("Option --services names no file: ");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "services:\n  - id: our-app\n");
        assertThatThrownBy(() -> LabOptions.parse(List.of("--services", broken.toString()), Map.of()))
                .isInstanceOf(LabOptions.BadOption.class)
                .hasMessageStartingWith("The service registry given with --services is refused: " + broken)
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> LabOptions.parse(List.of("--port", "1"), Map.of()))
                .isInstanceOf(LabOptions.BadOption.class)
                .hasMessage("Unknown option --port; see --help.");
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> LabOptions.parse(List.of("--idp-port", "seven"), Map.of()))
                .hasMessage("Option --idp-port takes a port number from 1 to 65535, not 'seven'.");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> LabOptions.parse(List.of("--smtp-port", "70000"), Map.of()))
                .hasMessageContaining("--smtp-port takes a port number from 1 to 65535");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> LabOptions.parse(List.of("--data"), Map.of()))
                .hasMessage("Option --data needs a value; see --help.");
        assertThatThrownBy(() -> LabOptions.parse(List.of("--data", "--idp-port", "7001"), Map.of()))
                .hasMessage("Option --data needs a value; see --help.");
    }

    @Test
    void helpIsRecognisedAnywhereOnTheLine() {
        assertThat(LabOptions.wantsHelp(List.of("--idp-port", "7001", "--help"))).isTrue();
        assertThat(LabOptions.wantsHelp(List.of("--idp-port", "7001"))).isFalse();
    }
}

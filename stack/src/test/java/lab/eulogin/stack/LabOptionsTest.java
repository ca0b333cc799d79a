package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabOptionsTest {

    @Test
    void noOptionsGiveTheDocumentedDefaults() {
        LabConfig c = LabOptions.parse(List.of());

        assertThat(c).isEqualTo(new LabConfig("127.0.0.1", 7000, 7100, 7200, 2525, 1143, 7300, Path.of("data"), true, true, null));
    }

    @Test
    void eachOptionChangesItsOwnSetting() {
        LabConfig c = LabOptions.parse(List.of("--idp-port", "8000", "--sms-port", "8100", "--mail-port", "8200",
                "--smtp-port", "3525", "--imap-port", "2143", "--demo-port", "8300", "--data", "/tmp/lab-data",
                "--host", "0.0.0.0"));

        assertThat(c).isEqualTo(new LabConfig("0.0.0.0", 8000, 8100, 8200, 3525, 2143, 8300, Path.of("/tmp/lab-data"), true, true, null));
    }

    @Test
    void aServiceRegistryOfOnesOwnIsReadBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Path registry = OurRegistry.writeIn(dir);
        assertThat(LabOptions.parse(List.of("--services", registry.toString())).servicesFile()).isEqualTo(registry);

        assertThatThrownBy(() -> LabOptions.parse(List.of("--services", dir.resolve("missing.yaml").toString())))
                .isInstanceOf(LabOptions.BadOption.class)
                .hasMessageStartingWith("Option --services names no file: ");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "services:\n  - id: our-app\n");
        assertThatThrownBy(() -> LabOptions.parse(List.of("--services", broken.toString())))
                .isInstanceOf(LabOptions.BadOption.class)
                .hasMessageStartingWith("The service registry given with --services is refused: " + broken)
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> LabOptions.parse(List.of("--port", "1")))
                .isInstanceOf(LabOptions.BadOption.class)
                .hasMessage("Unknown option --port; see --help.");
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> LabOptions.parse(List.of("--idp-port", "seven")))
                .hasMessage("Option --idp-port takes a port number from 1 to 65535, not 'seven'.");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> LabOptions.parse(List.of("--smtp-port", "70000")))
                .hasMessageContaining("--smtp-port takes a port number from 1 to 65535");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> LabOptions.parse(List.of("--data")))
                .hasMessage("Option --data needs a value; see --help.");
        assertThatThrownBy(() -> LabOptions.parse(List.of("--data", "--idp-port", "7001")))
                .hasMessage("Option --data needs a value; see --help.");
    }

    @Test
    void helpIsRecognisedAnywhereOnTheLine() {
        assertThat(LabOptions.wantsHelp(List.of("--idp-port", "7001", "--help"))).isTrue();
        assertThat(LabOptions.wantsHelp(List.of("--idp-port", "7001"))).isFalse();
    }
}

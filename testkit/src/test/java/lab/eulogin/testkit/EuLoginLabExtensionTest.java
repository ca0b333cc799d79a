package lab.eulogin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import lab.eulogin.idp.sessions.AuthenticationLevel;
import lab.eulogin.mail.client.SmtpFault;
import lab.eulogin.sms.client.Fault;
import lab.eulogin.stack.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The programmatic form of the extension: its builder, the lab per class or per test, and its refusals. */
class EuLoginLabExtensionTest {
    private static final String SHARED_ADDRESS = "same.every.test@example.eu";

    @RegisterExtension
    static final EuLoginLabExtension LAB = EuLoginLabExtension.newInstance()
            .service(LabService.named("kit-test", "Kit test application").onAnyLocalPort("/kit-test")
                    .level(AuthenticationLevel.BASIC))
            .build();

    @Test
    void a_service_of_the_builder_is_registered_and_any_other_address_refused(HttpBrowser browser) {
        browser.open(LAB.runtimeInfo().casLoginUrl() + "?service=http://127.0.0.1:1234/kit-test/home");
        assertThat(browser.page()).isEqualTo("login-identifier");
        assertThat(browser.body()).contains("Kit test application");

        browser.open(LAB.runtimeInfo().casLoginUrl() + "?service=http://127.0.0.1:1234/my-remote/");
        assertThat(browser.page()).as("the lab's own registry is replaced").isEqualTo("service-unknown");
    }

    @Test
    void each_test_starts_from_a_reset_lab_first(LabKit kit) {
        startsFromAResetLab(kit);
    }

    @Test
    void each_test_starts_from_a_reset_lab_second(LabKit kit) {
        startsFromAResetLab(kit);
    }

    /** Passes in both tests only if the lab was reset between them, in whichever order they run. */
    private static void startsFromAResetLab(LabKit kit) {
        assertThat(kit.clock().read().offset()).isEqualTo(Duration.ZERO);
        assertThat(kit.smsApi().phones()).isEmpty();
        assertThat(kit.mailApi().messages(SHARED_ADDRESS)).isEmpty();
        kit.newAccount().email(SHARED_ADDRESS).mobilePhone("+32470999888").create();
        kit.phone("+32470999888").airplaneMode(true);
        kit.advanceClock(Duration.ofDays(3));
    }

    @Test
    void the_reset_empties_the_whole_lab_in_less_time_than_a_new_lab_takes_to_start(LabKit kit, HttpBrowser browser) {
        TestAccount ana = kit.newAccount().mobilePhone("+32470111222").create();
        kit.signInWithSms(browser.open(kit.info().casLoginUrl()), ana);
        kit.phone("+32470333444").enrolApp(ana, "Phone", "1357");
        kit.supportStaff().create("agent", "Agent", "AGENT", TestAccount.DEFAULT_PASSWORD);
        kit.smsFault(Fault.slow(10));
        kit.mailFault(SmtpFault.slow(Duration.ofMillis(10)));
        kit.advanceClock(Duration.ofDays(200));

        Duration took = kit.reset();

        long started = System.nanoTime();
        Lab.startForTests().close();
        Duration newLab = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("The reset of the whole lab took %d ms, a new lab %d ms%n", took.toMillis(), newLab.toMillis());
        assertThat(took).isLessThan(newLab);
        assertThat(kit.clock().read().offset()).isEqualTo(Duration.ZERO);
        assertThat(kit.smsApi().phones()).isEmpty();
        assertThat(kit.smsApi().faults()).isEmpty();
        assertThat(kit.mailApi().fault().kind()).isEqualTo(SmtpFault.Kind.NONE);
        assertThat(kit.mailApi().mailboxes()).isEmpty();
        kit.newAccount().email(ana.email()).create();
        kit.supportStaff().create("agent", "Agent", "AGENT", TestAccount.DEFAULT_PASSWORD);
        assertThat(browser.open(kit.info().idpUrl() + "/cas/userdata/myAccount.cgi").page())
                .as("the browser's session ended").isIn("login-identifier", "login-password");
    }

    @Test
    void a_registry_file_that_does_not_exist_stops_the_start_with_one_line(@TempDir Path dir) {
        EuLoginLabExtension missing = EuLoginLabExtension.newInstance().services(dir.resolve("services.yaml")).build();

        assertThatThrownBy(() -> missing.beforeAll(null))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("services.yaml does not exist")
                .hasMessageNotContaining("\n");
    }

    @Test
    void a_registry_file_with_a_mistake_stops_the_start_saying_what_is_wrong(@TempDir Path dir) {
        Path file = write(dir.resolve("services.yaml"), "services:\n  - id: x\n    name: X\n    urls:\n      - prefix: \"http://127.0.0.1/x/\"\n    level: EXTREME\n");
        EuLoginLabExtension wrong = EuLoginLabExtension.newInstance().services(file).build();

        assertThatThrownBy(() -> wrong.beforeAll(null))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("The EU Login Lab did not start: ")
                .hasMessageContaining("EXTREME");
    }

    @Test
    void the_kit_is_refused_before_the_lab_runs() {
        EuLoginLabExtension notStarted = EuLoginLabExtension.newInstance().build();

        assertThatThrownBy(notStarted::kit).isInstanceOf(IllegalStateException.class).hasMessageContaining("not running");
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

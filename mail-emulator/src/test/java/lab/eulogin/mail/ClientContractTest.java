package lab.eulogin.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import lab.eulogin.mail.smtp.SmtpFault;
import org.junit.jupiter.api.Test;

/** The client module's own copy of the fault's names and default, held to the emulator's. */
class ClientContractTest {

    @Test
    void theClientKnowsTheSmtpFaultsTheEmulatorKnowsWithTheSameDefaultDelay() {
        assertThat(Arrays.stream(lab.eulogin.mail.client.SmtpFault.Kind.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(SmtpFault.Kind.values()).map(Enum::name).toList());
        assertThat(lab.eulogin.mail.client.SmtpFault.DEFAULT_DELAY).isEqualTo(SmtpFault.DEFAULT_DELAY);
    }
}
